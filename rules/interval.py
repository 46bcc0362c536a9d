"""Rounding-aware arithmetic: each written figure stands for an interval.

A figure written with p decimal places stands for any value within half a unit of its last
place (54.96 means [54.955, 54.965]). Sums, differences, products and ratios of intervals
bound what the exact result could have been; a stated result is consistent when its own
interval overlaps that bound. This is how XBRL Calculations 1.1 judges consistency, and it
is why 85.79 against 85.80 is not a finding while 97.14 against 174.83/178.95 is.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal

    @classmethod
    def of(cls, value: Decimal, tolerance: Decimal = Decimal(0)) -> "Interval":
        return cls(value - tolerance, value + tolerance)

    @classmethod
    def exact(cls, value) -> "Interval":
        v = Decimal(value)
        return cls(v, v)

    @property
    def mid(self) -> Decimal:
        return (self.lo + self.hi) / 2

    @property
    def half_width(self) -> Decimal:
        return (self.hi - self.lo) / 2

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: "Interval") -> "Interval":
        ps = [self.lo * other.lo, self.lo * other.hi, self.hi * other.lo, self.hi * other.hi]
        return Interval(min(ps), max(ps))

    def __truediv__(self, other: "Interval") -> "Interval":
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("divisor interval contains zero")
        qs = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        return Interval(min(qs), max(qs))

    def cap(self, limit: Decimal) -> "Interval":
        return Interval(min(self.lo, limit), min(self.hi, limit))

    def overlaps(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def gap(self, other: "Interval") -> Decimal:
        """How far apart two intervals are (0 when they overlap)."""
        if self.overlaps(other):
            return Decimal(0)
        return other.lo - self.hi if self.hi < other.lo else self.lo - other.hi


def total(intervals) -> Interval:
    out = Interval.exact(0)
    for i in intervals:
        out = out + i
    return out
