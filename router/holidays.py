"""The statutory public holidays of a year, derived from 《全国年节及纪念日放假办法》.

For a year whose official arrangement (国务院办公厅的放假安排) is not known yet, the
working-day calendar falls back on what the law itself fixes: the days named in the
办法 (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节). What the State Council adds
each year — make-up working days (调休) and bridged days — cannot be derived, so a
deadline counted on these days is provisional (暂定).

The 办法 was revised with effect from 2008, 2014 and 2025; each revision is one row of
`RULES`, chosen by the year. Lunar dates (春节, 端午, 中秋) and the 清明 solar term come
from `lunar_python` (see README for why that library).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache

from lunar_python import Lunar, Solar


class Festival(str, Enum):
    """The festivals the 办法 gives every citizen a day off for."""

    NEW_YEAR = "元旦"
    SPRING = "春节"
    QINGMING = "清明节"
    LABOUR = "劳动节"
    DRAGON_BOAT = "端午节"
    MID_AUTUMN = "中秋节"
    NATIONAL = "国庆节"


@dataclass(frozen=True)
class HolidayRules:
    """One revision of the 办法: from which year it applies and how each festival is given."""

    first_year: int
    name: str
    spring_eve: bool      # 除夕 is a holiday (2008 rules and the 2024 revision; not the 2013 rules)
    spring_days: int      # days from 正月初一 on (初一…初二 in 2008, 初一…初三 from 2014)
    labour_days: int      # 5月1日 on (1 day until 2024, 2 from 2025)
    national_days: int = 3


RULES: tuple[HolidayRules, ...] = (
    HolidayRules(2008, "2007年修订（2008年起施行）", spring_eve=True, spring_days=2, labour_days=1),
    HolidayRules(2014, "2013年修订（2014年起施行）", spring_eve=False, spring_days=3, labour_days=1),
    HolidayRules(2025, "2024年修订（2025年起施行）", spring_eve=True, spring_days=3, labour_days=2),
)
FIRST_RULED_YEAR = RULES[0].first_year


def rules_for(year: int) -> HolidayRules:
    """The revision of the 办法 in force in `year`; ValueError before the first one."""
    if year < FIRST_RULED_YEAR:
        raise ValueError(f"no holiday rules for {year} (the rules start in {FIRST_RULED_YEAR})")
    return [r for r in RULES if r.first_year <= year][-1]


def _run(first: date, days: int) -> list[date]:
    return [first + timedelta(days=i) for i in range(days)]


def _lunar(year: int, month: int, day: int) -> date:
    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def qingming(year: int) -> date:
    """The day of the 清明 solar term (4 or 5 April, in Beijing time)."""
    table = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()
    solar = table["清明"]
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> dict[Festival, tuple[date, ...]]:
    """Each festival's statutory days off in `year`, by the rules in force that year."""
    rules = rules_for(year)
    new_year = _lunar(year, 1, 1)
    spring_first = new_year - timedelta(days=1) if rules.spring_eve else new_year
    spring_days = rules.spring_days + (1 if rules.spring_eve else 0)
    return {
        Festival.NEW_YEAR: (date(year, 1, 1),),
        Festival.SPRING: tuple(_run(spring_first, spring_days)),
        Festival.QINGMING: (qingming(year),),
        Festival.LABOUR: tuple(_run(date(year, 5, 1), rules.labour_days)),
        Festival.DRAGON_BOAT: (_lunar(year, 5, 5),),
        Festival.MID_AUTUMN: (_lunar(year, 8, 15),),
        Festival.NATIONAL: tuple(_run(date(year, 10, 1), rules.national_days)),
    }


def statutory_days_off(year: int) -> frozenset[date]:
    """Every statutory holiday of `year` as one set (中秋 and 国庆 may share a day)."""
    return frozenset(d for days in statutory_holidays(year).values() for d in days)
