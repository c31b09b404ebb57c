"""Field-level precision and recall, shared by the parser, OCR and letter benchmarks."""


class PrecisionRecall:
    """Precision and recall from `tp`, `fp`, `fn` counts; with nothing on a side, it is perfect."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
