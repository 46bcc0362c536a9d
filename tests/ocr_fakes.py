"""A stand-in for the OCR engine (RapidOCR's call signature), so scan tests can hand ocr_reader
the boxes and words an engine would give for a drawn page without running the model."""


class FakeEngine:
    def __init__(self, result, text_rec=None):
        # result: [box, text, score, word boxes, words, word scores] per line; the engine gives
        # the first three unless asked for word boxes. text_rec: a recogniser for re-reads, if any.
        self.result, self.text_rec = result, text_rec

    def __call__(self, rgb, use_cls=False, return_word_box=False):
        return ([it if return_word_box else it[:3] for it in self.result]), None


def read_drawn(monkeypatch, page, result):
    """A drawn page (an RGB array) read by ocr_reader with the engine giving `result`: its Document."""
    from jixiao.extract import ocr_reader
    from jixiao.extract.model import Document
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(result))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, page, [])
    return doc
