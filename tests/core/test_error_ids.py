"""Error ids an operator can find: never masked in the logs as a personal number."""

import secrets

from complaints.logs import mask_for_log
from core.errors import new_error_id


def test_hex_ids_were_masked_and_these_are_not():
    """The masking hid "[20149017]" and "[68b37482]"; the ids drawn now come through whole."""
    assert "20149017" not in mask_for_log("message 3 failed [20149017]")
    assert "68b37482" not in mask_for_log("message 3 failed [68b37482]")
    for _ in range(2000):
        error_id = new_error_id()
        assert len(error_id) == 8 and error_id.isalpha()
        assert error_id in mask_for_log(f"message 3 failed [{error_id}]")
        assert error_id in mask_for_log(f"处理时出现程序错误（RuntimeError），请把错误编号 {error_id} 交给 IT 人员")


def test_ids_are_drawn_from_the_system_random_source():
    drawn = iter("bcdfghjk")
    assert new_error_id(lambda letters: next(drawn)) == "bcdfghjk"
    assert len({new_error_id(secrets.choice) for _ in range(50)}) == 50
