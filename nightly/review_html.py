"""review.html: the flags grouped by document and severity, filterable and sortable, one file.

Self-contained (no network, no external script), so it opens offline in any browser. The
data sits in a JSON block; a small script renders, filters (severity, rule, status, text) and
sorts it. Filters can be preset in the address: review.html#severity=high&q=执行率.
"""
from __future__ import annotations

import html
import json
from itertools import islice
from typing import Iterable

from .writers import clean_text

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>绩效自评报告核查 · 待审核问题</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 1.5em; color: #222; }}
h1 {{ font-size: 1.4em; margin-bottom: .2em; }}
.summary {{ color: #555; margin-bottom: 1em; }}
.controls {{ position: sticky; top: 0; background: #fff; padding: .5em 0; border-bottom: 1px solid #ddd; }}
.controls label {{ margin-right: 1em; }}
h2 {{ font-size: 1.1em; margin-top: 1.5em; border-left: 4px solid #3b6; padding-left: .4em; }}
h3 {{ font-size: 1em; margin: .8em 0 .3em; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: .5em; }}
th, td {{ border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; text-align: left; font-size: .9em; }}
th {{ background: #f3f3f3; cursor: pointer; user-select: none; }}
.sev-high {{ color: #b00; font-weight: bold; }} .sev-medium {{ color: #c60; }} .sev-low {{ color: #666; }}
.evidence {{ color: #444; font-size: .85em; white-space: pre-wrap; }}
.loc {{ color: #246; font-size: .85em; }}
.empty {{ color: #777; font-style: italic; }}
</style>
</head>
<body>
<h1>绩效自评报告核查 · 待审核问题</h1>
{banner}<div class="summary" id="summary"></div>
<div class="controls">
<label>严重程度 <select id="f-severity"><option value="">全部</option><option value="high">高</option><option value="medium">中</option><option value="low">低</option></select></label>
<label>规则 <select id="f-rule"><option value="">全部</option></select></label>
<label>状态 <select id="f-status"><option value="">全部</option><option value="open">待审核</option><option value="confirmed">已确认</option><option value="dismissed">已排除</option></select></label>
<label>搜索 <input id="f-q" type="search" placeholder="文件、说明、证据"></label>
</div>
<div id="report"></div>
<script type="application/json" id="flags-data">{data}</script>
<script>
(function () {{
  var flags = JSON.parse(document.getElementById('flags-data').textContent);
  var SEV = {{high: '高', medium: '中', low: '低'}}, STATUS = {{open: '待审核', confirmed: '已确认', dismissed: '已排除'}};
  var ORDER = {{high: 0, medium: 1, low: 2}};
  var sortKey = 'rule', sortDir = 1;
  var rules = Array.from(new Set(flags.map(function (f) {{ return f.rule; }}))).sort();
  var ruleSel = document.getElementById('f-rule');
  rules.forEach(function (r) {{ var o = document.createElement('option'); o.value = r; o.textContent = r; ruleSel.appendChild(o); }});
  var params = new URLSearchParams(location.hash.slice(1));
  ['severity', 'rule', 'status', 'q'].forEach(function (k) {{ if (params.get(k)) document.getElementById('f-' + k).value = params.get(k); }});
  function esc(s) {{ var d = document.createElement('div'); d.textContent = s == null ? '' : String(s); return d.innerHTML; }}
  function render() {{
    var sev = document.getElementById('f-severity').value, rule = ruleSel.value,
        st = document.getElementById('f-status').value, q = document.getElementById('f-q').value.trim();
    var shown = flags.filter(function (f) {{
      return (!sev || f.severity === sev) && (!rule || f.rule === rule) && (!st || f.status === st) &&
        (!q || [f.doc, f.message, f.evidence, f.location, f.rule, f.related || ''].join(' ').indexOf(q) >= 0);
    }});
    document.getElementById('summary').textContent = '共 ' + flags.length + ' 条问题，当前显示 ' + shown.length + ' 条。';
    var byDoc = {{}};
    shown.forEach(function (f) {{ (byDoc[f.doc] = byDoc[f.doc] || []).push(f); }});
    var out = [];
    Object.keys(byDoc).sort().forEach(function (doc) {{
      out.push('<section class="doc"><h2>' + esc(doc) + '（' + byDoc[doc].length + ' 条）</h2>');
      ['high', 'medium', 'low'].forEach(function (s) {{
        var rows = byDoc[doc].filter(function (f) {{ return f.severity === s; }});
        if (!rows.length) return;
        rows.sort(function (a, b) {{
          var x = a[sortKey] || '', y = b[sortKey] || '';
          return (x < y ? -1 : x > y ? 1 : 0) * sortDir;
        }});
        out.push('<h3 class="sev-' + s + '">严重程度：' + SEV[s] + '（' + rows.length + '）</h3>');
        out.push('<table><thead><tr><th data-k="rule">规则</th><th data-k="message">说明</th><th data-k="stated">所写</th>' +
                 '<th data-k="expected">应为</th><th data-k="location">位置</th><th data-k="status">状态</th><th data-k="flag_id">编号</th></tr></thead><tbody>');
        rows.forEach(function (f) {{
          out.push('<tr class="flag" data-severity="' + f.severity + '"><td>' + esc(f.rule) + '</td><td>' + esc(f.message) +
                   '<div class="evidence">证据：' + esc(f.evidence) + '</div></td><td>' + esc(f.stated) + '</td><td>' +
                   esc(f.expected) + '</td><td class="loc">' + esc(f.location) +
                   (f.related ? '<div class="evidence">相关文件：' + esc(f.related) + '</div>' : '') + '</td><td>' + esc(STATUS[f.status] || f.status) +
                   (f.comment ? '<div class="evidence">' + esc(f.comment) + '</div>' : '') + '</td><td>' + esc(f.flag_id) + '</td></tr>');
        }});
        out.push('</tbody></table>');
      }});
      out.push('</section>');
    }});
    if (!shown.length) out.push('<p class="empty">没有符合条件的问题。</p>');
    document.getElementById('report').innerHTML = out.join('');
    Array.prototype.forEach.call(document.querySelectorAll('th[data-k]'), function (th) {{
      th.onclick = function () {{ var k = th.getAttribute('data-k'); sortDir = (sortKey === k) ? -sortDir : 1; sortKey = k; render(); }};
    }});
  }}
  ['f-severity', 'f-rule', 'f-status', 'f-q'].forEach(function (id) {{
    document.getElementById(id).addEventListener('input', render);
  }});
  render();
}})();
</script>
<noscript>{fallback}</noscript>
</body>
</html>
"""


MAX_FLAGS = 20_000   # beyond this a browser page is no way to review them: the desk or flags.csv is


def review_html(flags: Iterable[dict], total: int | None = None) -> bytes:
    """The page for the first MAX_FLAGS flags (the order of flags.csv); `total` says how many there are."""
    records = [{k: clean_text(v) if isinstance(v, str) else v for k, v in r.items()} for r in islice(flags, MAX_FLAGS)]
    data = embed_json(records)
    fallback = "".join(f"<p>{html.escape(r['doc'])} [{html.escape(r['severity'])}] {html.escape(r['message'])}</p>"
                       for r in records)
    banner = (f'<p class="summary">问题共 {total} 条，本页只收录前 {len(records)} 条；全部见 flags.csv，或用审核台（jixiao serve）。</p>\n'
              if total is not None and total > len(records) else "")
    return TEMPLATE.format(data=data, fallback=fallback, banner=banner).encode("utf-8")


# Characters that could end the script block or switch the HTML parser's state (</script>,
# <!--, ]]>), and the two line separators some JavaScript engines refuse inside strings.
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                               "\u2029": "\\u2029"})


def embed_json(value) -> str:
    """JSON that no document text can break out of when placed inside <script>."""
    text = json.dumps(value, ensure_ascii=False)
    return text.translate(_JSON_ESCAPES)
