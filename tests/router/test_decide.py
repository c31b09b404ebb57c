"""Whole decisions: precedence, lead and co-units, triage, explanation, JSON storage."""

import json
from datetime import timedelta

from router.complaint import PriorCase, Signal
from router.decide import Decision, route
from tests.router.builders import NOW, a_complaint
from tests.router.directory import branch_directory

DIRECTORY = branch_directory()


def decide(**fields) -> Decision:
    return route(a_complaint(**fields), DIRECTORY, (), NOW)


def test_form_field_beats_everything_after_it():
    got = decide(unit_field="三元支行", business_sub="信用卡", source_address="meilie@branch.example")
    assert (got.status, got.unit, got.co_units, got.decided_by) == ("routed", "SY", (), "form_unit_field")
    assert got.candidates == ()


def test_text_beats_business_line_and_source():
    got = decide(unit_mentions=("CG",), business_sub="信用卡", source_address="meilie@branch.example")
    assert (got.unit, got.decided_by) == ("CG", "units_named_in_text")


def test_business_line_beats_source():
    got = decide(business_sub="信用卡", source_address="meilie@branch.example")
    assert (got.unit, got.decided_by) == ("CARD", "business_line")


def test_source_is_the_last_resort():
    got = decide(channel="walk_in", source_address="meilie@branch.example")
    assert (got.unit, got.decided_by) == ("ML", "source_default")


def test_an_unknown_form_unit_falls_through_to_the_next_rule():
    got = decide(unit_field="人民路支行", unit_mentions=("ML",))
    assert (got.unit, got.decided_by) == ("ML", "units_named_in_text")


def test_several_units_in_the_form_field_lead_and_co():
    got = decide(unit_field="三元支行、梅列支行")
    assert (got.unit, got.co_units) == ("SY", ("ML",))


def test_the_form_field_leads_and_units_named_in_the_text_help():
    got = decide(unit_field="梅列支行", unit_mentions=("SY", "ML", "CG"))
    assert (got.unit, got.co_units) == ("ML", ("SY", "CG"))


def test_without_a_form_field_the_first_named_unit_leads():
    got = decide(unit_mentions=("CG", "SY"))
    assert (got.unit, got.co_units) == ("CG", ("SY",))


def test_inferred_units_never_become_co_units():
    got = decide(unit_field="三元支行", business_sub="信用卡", source_address="meilie@branch.example")
    assert got.co_units == ()


def test_triage_with_fuzzy_candidates_and_scores():
    got = decide(unit_field="三源支行")
    assert (got.status, got.unit, got.co_units) == ("triage", None, ())
    assert got.candidates[0].code == "SY" and got.candidates[0].score == 75.0
    assert "三源支行" in got.candidates[0].why
    assert all(c.score >= 60 for c in got.candidates)


def test_triage_proposes_units_sharing_a_business_line():
    got = decide(text="购买理财后又被推销信用卡分期。")
    assert got.status == "triage"
    assert [(c.code, c.score) for c in got.candidates] == [("CARD", 50.0), ("PF", 50.0)]
    assert "「理财」" in got.candidates[1].why


def test_triage_ranks_a_near_name_above_a_shared_business_line():
    got = decide(unit_field="三源支行", text="购买理财后又被推销信用卡分期。")
    assert [c.code for c in got.candidates] == ["SY", "CARD", "PF"]


def test_triage_with_nothing_to_go_on_has_no_candidates():
    got = decide(unit_field="人民路支行")
    assert got.status == "triage" and got.candidates == ()
    assert "没有相近的单位" in got.explain()


def test_severity_and_notices_are_part_of_the_decision():
    prior = PriorCase("TS-2026-000003", NOW - timedelta(days=10), "13800005678", None)
    got = route(a_complaint(unit_field="城关分理处", customer_phone="13800005678", business="银行卡"),
                DIRECTORY, [prior], NOW)
    assert got.severity == "major" and "TS-2026-000003" in got.severity_reasons[0]
    assert [r.email for r in got.notify] == ["vp2@branch.example"]


def test_a_serious_media_case_in_triage_still_reaches_the_president_and_admin_office():
    got = decide(channel="media", text="网上视频曝光某网点")
    assert got.status == "triage" and got.severity == "serious"
    assert [r.role for r in got.notify] == ["president", "admin_office"]


def test_explain_names_the_rule_that_decided_and_the_misses():
    got = decide(unit_field="梅列支行", unit_mentions=("SY",), urgency="紧急")
    text = got.explain(DIRECTORY)
    assert "分派结果：梅列支行(ML) 牵头；协办 三元支行(SY)" in text
    assert "受理单『被投诉单位』栏：命中 → 梅列支行(ML)（决定牵头单位）" in text
    assert "业务条线：未命中" in text and "form_unit_field" not in text, "rule titles, not their code names"
    assert "问题等级：较大问题" in text and "张明 <vp1@branch.example>" in text


def test_explain_without_a_directory_shows_codes():
    assert "分派结果：SY" in decide(unit_field="三元支行").explain()


def test_json_round_trip():
    signal = Signal(kind="media", word="曝光", level="serious")
    for got in (decide(unit_field="三元支行、梅列支行", signals=(signal,)), decide(unit_field="三源支行")):
        stored = json.loads(json.dumps(got.to_json(), ensure_ascii=False))
        assert stored["version"] == 1
        assert Decision.from_json(stored) == got
