"""`refutes`: our receiving server's dmarc=fail for the From's domain marks the From forged (a
reply token must not outweigh it: tests/integration/test_blind_flow_answers.py)."""

from parsers.auth_results import parse_auth_results, refutes


def _results(value: str):
    parsed = parse_auth_results(value)
    assert parsed is not None
    return parsed


def test_dmarc_fail_for_the_from_domain_refutes_it():
    assert refutes(_results("mx.branch.example; spf=fail; dmarc=fail header.from=branch.example"), "branch.example")
    assert refutes(_results("mx.branch.example; dmarc=fail (p=reject) header.from=Branch.Example"), "branch.example")


def test_other_verdicts_and_other_domains_do_not():
    assert not refutes(_results("mx.branch.example; dmarc=pass header.from=branch.example"), "branch.example")
    assert not refutes(_results("mx.branch.example; dmarc=none header.from=branch.example"), "branch.example")
    assert not refutes(_results("mx.branch.example; dmarc=fail header.from=other.example"), "branch.example")
    assert not refutes(_results("mx.branch.example; dkim=fail header.d=branch.example"), "branch.example")
