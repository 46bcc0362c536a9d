"""Legacy form fields (FORMTEXT) whose text stands two or more times over, joined: LibreOffice's .doc
export writes a nested content control as a field and its text four times (802.doc, 205.doc), and
its own render shows it so. Which copy is the text cannot be told; the reader says the doubt, naming
the repeated text, rather than read the copies silently."""
from jixiao.extract import read_document


def _field(text: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Unnamed Copy 1"/><w:enabled/>'
            '<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText>'
            f'</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{text}</w:t></w:r><w:r/>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _text(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _said(tmp_path, *paragraphs: str) -> list[str]:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    wd = docx.Document()
    for runs in paragraphs:
        wd.add_paragraph()._p.extend(parse_xml(f'<w:p {nsdecls("w")}>{runs}</w:p>').getchildren())
    f = tmp_path / "r.docx"
    wd.save(f)
    return [w for w in read_document(f).warnings if "表单域" in w]


def test_a_fields_text_repeated_beside_it_is_said_naming_the_text(tmp_path):
    said = _said(tmp_path, _text("三级指标：") + _field("新建苹果园") + _text("新建苹果园") + _field("新建苹果园") * 2,
                 _text("实际完成值：") + _field("2080亩") * 2)
    assert len(said) == 1 and said[0].startswith("2处表单域（FORMTEXT）") and "“新建苹果园”×4" in said[0] \
        and "“2080亩”×2" in said[0], said


def test_fields_filled_once_each_say_nothing(tmp_path):
    # a form's fields, each its own value; equal values apart (a space, a label between them) are two answers
    assert _said(tmp_path, _text("分值：") + _field("10") + _text("　得分：") + _field("10"),
                 _field("8") + _text(" ") + _field("8"), _field("产出指标") + _field("数量指标")) == []
