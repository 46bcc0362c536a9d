"""An XML-RPC message kept as the text (a <methodResponse> a service answered, or the <methodCall> a client
sent): every value typed by its element (<string>, <int> / <i4> / <i8>, <double>, <boolean>, <dateTime.iso8601>,
<base64>, <nil/>; a <value> holding bare text a string), a <struct> a mapping of <member>s each a <name> and a
<value>, an <array> a list of the <value>s in its <data>. The XML tree's own reading makes rows of the repeated
<member> elements, so a struct's fields would stand as name and value columns; read by its grammar (Python's
xmlrpc.client, which writes and reads this very form) the message is the nested values it carries, written out as
JSON for the JSON reader: a number as its digits (1000.0, 0.98), a date as its ISO text."""
from __future__ import annotations

import json
import re
import xmlrpc.client

_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?<(methodResponse|methodCall)>", re.S)


def _plain(v):
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, xmlrpc.client.DateTime):
        return v.value
    if isinstance(v, xmlrpc.client.Binary):
        return "（二进制数据未读取）"
    return v


def xmlrpc_as_json(text: str) -> str | None:
    """The message's parameters as JSON text (one parameter its value, more a list), or None where the text is no
    XML-RPC message or does not parse as one (a fault's members stand as its struct's)."""
    if _ROOT.match(text) is None:
        return None
    body = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)     # the text is decoded already: its declared encoding is past
    try:
        params, _ = xmlrpc.client.loads(body, use_builtin_types=False)
    except xmlrpc.client.Fault as fault:
        params = ({"faultCode": fault.faultCode, "faultString": fault.faultString},)
    except Exception:      # expat's and the unmarshaller's errors: no message of the grammar
        return None
    value = _plain(params[0] if len(params) == 1 else list(params))
    return json.dumps(value, ensure_ascii=False, indent=1)
