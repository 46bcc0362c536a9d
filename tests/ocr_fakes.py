"""A stand-in for the OCR engine (RapidOCR's call signature), so scan tests can hand ocr_reader
the boxes and words an engine would give for a drawn page without running the model."""


class FakeEngine:
    def __init__(self, result, text_rec=None):
        # result: [box, text, score, word boxes, words, word scores] per line; the engine gives
        # the first three unless asked for word boxes. text_rec: a recogniser for re-reads, if any.
        self.result, self.text_rec = result, text_rec

    def __call__(self, rgb, use_cls=False, return_word_box=False):
        return ([it if return_word_box else it[:3] for it in self.result]), None
