"""Who did what to whom: sentence patterns for the JR/T 0169 causes that single keywords mistake.

A keyword says what a letter is about; several causes are told apart only by who acted and on
whose behalf. "余额" is in every savings letter, but the balance *told to someone else* is the
customer's information put at risk; "少了几百块" is in many letters, but money lost *because the
counter took three visits and the rate moved* is no money taken. A `Pattern` is a set of
regular expressions that must all be found in one sentence (no order between them, since
Chinese tells the same act as "把余额告诉了她" or "告诉她我的余额"); it votes for its category,
once a sentence and at most twice a text, counting as little as the least weighty of the places
it was found in (complaint_focus: nothing in the frame, little in a threat or a denial). A `Mute`
is a sentence pattern after which one cause's keywords in that sentence do not count.

Every expression is a plain alternation, or two joined by a gap of at most a few characters of
one clause: linear in the text (tests/parsers/test_linear_time.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

_SENTENCE = re.compile(r"[^。！？!?；;\n]+")


@dataclass(frozen=True)
class Pattern:
    """All of `parts` in one sentence add `weight` to `category` on `axis`."""

    axis: str
    category: str
    parts: tuple[re.Pattern, ...]
    weight: float
    name: str


@dataclass(frozen=True)
class Mute:
    """All of `parts` in one sentence: that sentence's keywords do not vote for `category` (a
    cause or a business)."""

    category: str
    parts: tuple[re.Pattern, ...]
    name: str


def _parts(*expressions: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(e) for e in expressions)


# the customer's account as others should not learn it
_ACCOUNT_DATA = (r"余额|进出账|流水|交易记录|交易明细|明细|账户信息|账户情况|存了多少|存款情况|卡号|身份证号|密码|"
                 r"开户信息|账上|卡里|手机号|电话号码|联系方式|住址|贷款的事|借款的事|欠款|欠银行|存款的事|存折|收入|工资|买了多少")
# ... as the writer's own: "柜员告诉她卡里没钱了", written for an elderly mother, tells the customer
_OWN_DATA = r"(我|本人)[^，,。她他]{0,6}(" + _ACCOUNT_DATA + r")"
# someone other than the customer or the bank ("告诉我" is the customer's own right)
_OTHER = (r"她|他|别人|外人|旁人|其他人|他人|第三人|家里人|亲戚|前妻|前夫|对方|同事|老板|单位|中介|外面的人|"
          r"保险公司|公司|商家|女儿|儿子|老婆|老公|爱人|妻子|丈夫|父母|邻居|[^，,。]{1,6}的人")
# ... told by the bank's own people: a customer who gave his card number to a fraudster is no leak
_STAFF = r"柜员|柜台|工作人员|员工|经理|行长|主任|信贷员|客服|网点|银行|你们|保安|营业员|业务员"
# what a customer hands the bank to open or use an account
_DOCUMENTS = r"客户的身份证|别人的身份证|身份证原件|复印件|申请表|开户资料|客户资料|个人资料|资料|单据|回单|凭条|凭证|身份证号|身份证后|银行卡号|签名的表|客户名单|对账单"
# something the bank did for the customer: a product added, ticked, signed up for, opened
_ADDED = (r"勾了|勾选|帮我勾|给我勾|替我勾|打了勾|打勾|填了|开通了|开通|开了|办了|加了|签约|签了|签的是|绑定了|绑了|买了|"
          r"投保|申请了|注册了|办个|帮我办|给我办|默认|换成|改成|升级成|改为|转成|设置了|设了|调成|调到|改了")
# ... without the customer's say
_WITHOUT_CONSENT = (r"不问我|没问我|没问过我|没有问我|问都不问|没经过我|没经我|未经我|未经本人|没征得|没征求|"
                    r"我没同意|我没有同意|我不同意|我没答应|我没有答应|没同意的|我根本不知道|我不知情|自作主张|"
                    r"我没要|我没有要|我没让|我从来没要|没说过要|没有说过要|我没说要|趁我不注意|趁我没注意|替我做主|替我决定|"
                    r"问都没问|问也不问|问也没问|直接(给|帮|替|拿)(我|她|他|老人)|从来没申请|没申请过|没有申请过|我没申请|顺手|顺便|不知情|没让我选|不让我选|"
                    r"没跟我商量|不跟我商量|没和我商量|没有商量|没被告知|没告诉我就|不知道的情况|背着我|我明明说|明明说只要|我说的是|我要的是|不是我要的|硬是|硬给|"
                    r"非给我|我只想|只想存|只想办|我只要|"
                    r"(后来|事后|回家|过后)(才)?(知道|发现)(是|已经|被)?(注册|开通|开了|办了|签了|买了|绑)")
_WITHOUT_CONSENT_TO_LOOK = r"没经过我|没经我|未经我|未经本人|没有授权|未经授权|没经过我允许|没得到我|私自|偷偷"
# a transfer the customer made that the system reported done
_REPORTED_DONE = r"已经从我[^，,。]{0,4}扣|已经扣|钱扣了|扣款成功|显示成功|显示[\"“”'‘’「」]?(交易|转账|汇款|支付|存入|存款|缴费|还款)成功|提示成功|交易成功|转账成功|汇款成功|已扣款|钱也扣了|扣了钱|从我卡上扣了"
# ... and that did not arrive: "没收到" alone is as often a text message the victim of a fraud
# never got, so it needs the payee
_NOT_ARRIVED = (r"没退回|没有退回|未退回|显示未还款|显示没还|没还上|没有这笔钱|没有这笔|查不到这笔|没到账|没有到账|未到账|到不了账|钱没到|还没到|一直没到|还是没到|都没到|卡在哪|不知去向|"
                r"(一直|还是|始终|至今|到现在)(都)?(没|没有|未)(收到|到账|到|确认|入账)|没确认|未确认|没入账|未入账|"
                r"(对方|那边|收款人|收款方|房东|师傅|他|她)[^，,。]{0,4}(没收到|没有收到|未收到|收不到)")
# a loss told with what caused it: the rate, a price, the time it took
_MARKET_CAUSE = r"牌价|汇率|差价|价格|利率|行情|涨了|跌了|晚了|拖了|耽误"
_LOSS = r"少了|差了|亏了|损失|吃亏|少拿|少得|少给|少算|多收"

_BELIEVED_DEPOSIT = r"以为(那|这|它)?(就)?是(存款|定期|储蓄)"
# ... or told as a deposit and turned out to be something else
_TURNED_OUT = r"(结果|原来|其实|实际上|后来才知道)(是|买的是|签的是)[^，,。]{0,8}(保险|基金|理财|保单)"
_PASSED_OFF = r"(保险|基金|保单|分红险|理财)[^，,。]{0,3}(说成|当成|当作|说是|冒充)[^，,。]{0,2}(存款|定期|储蓄)"

PATTERNS: tuple[Pattern, ...] = (
    # 消费者信息安全 (JR/T 0169: the customer's information given out or put where others can
    # take it — not only what a letter calls 泄露): the account told to a third party ...
    Pattern("cause", "消费者信息安全", _parts(
        _STAFF, _OWN_DATA, r"(告诉|透露给?|告知|说给|念给|打印给|拿给|查给|卖给|提供给|给)了?(我的?)?(" + _OTHER + r")|"
                           r"(卖给|提供给|透露给|泄露给)了?[^，,。]{0,6}(公司|机构|中介|商家|人)|"
                           r"(跟|对|向|和)(" + _OTHER + r")(讲|说|透露|念|提)|"
                           r"给(" + _OTHER + r")(打|看|查|说|念|讲|透露|提供|打印)"), 2.6, "account told to a third party"),
    Pattern("cause", "消费者信息安全", _parts(
        r"(告诉|透露给|说给|念给|拿给)(别人|外人|旁人|其他人|他人|第三人)"), 1.8, "told to others"),
    # ... or known to outsiders who could only have had it from the bank
    Pattern("cause", "消费者信息安全", _parts(
        r"(资料|信息|号码|电话|情况)[^，,。]{0,6}(从哪|哪里来|哪来的|出去|流出|外流|流到|传出去)|只有我和你们|"
        r"(怎么|凭什么|为什么)(会)?知道我|从哪(里)?(得到|拿到|搞到|弄到|买到)|"
        r"连我[^，,。]{0,10}(都|也)(说得出|知道|清楚|一清二楚)|(报|说|叫)(得)?出(了)?我的|查到(了)?我的?|"
        r"找[^，,。]{0,8}熟人"), 2.2, "known only to the bank"),
    # ... or looked up by staff without the customer's consent
    Pattern("cause", "消费者信息安全", _parts(
        r"(查|看|翻|调)(了)?我的(账户|账|流水|余额|记录|征信|明细)", _WITHOUT_CONSENT_TO_LOOK), 2.6, "looked up without consent"),
    # ... or posted where others see it: a chat group, online
    Pattern("cause", "消费者信息安全", _parts(
        r"群里|朋友圈|网上|抖音|微博|公告栏", r"发了|发到|发在|晒|转发|贴", _ACCOUNT_DATA + "|" + _DOCUMENTS + "|截图|记录"),
        2.6, "posted where others see"),
    # ... or another customer's papers handed to this one
    Pattern("cause", "消费者信息安全", _parts(
        r"(别人|其他客户|上一位客户|上一个客户|前一个客户|前一位客户|陌生人)的(信息|资料|单子|开户单|回单|身份证|卡号|账户|对账单|账单)"),
        2.2, "another customer's papers"),
    # ... or told to the one who came in the customer's stead: "我爱人去网点交话费，柜员就说我卡里还剩两万"
    Pattern("cause", "消费者信息安全", _parts(
        r"(爱人|老婆|老公|妻子|丈夫|女儿|儿子|儿媳|女婿|家人|亲戚|前妻|前夫|朋友|同事)[^，,。]{0,4}(去|到|来)(了)?(网点|柜台|银行|你们)",
        _STAFF, _OWN_DATA, r"说|告诉|讲|透露|打印|念"), 2.2, "told to the one who came instead"),
    # ... or copied by staff onto their own phones
    Pattern("cause", "消费者信息安全", _parts(
        r"(自己的|私人|个人)(手机|微信|U盘|电脑)|相册|朋友圈|U盘|带回家",
        r"拍(了)?[^，,。]{0,4}(身份证|证件|卡|资料|合同)|存(了|到|在)"), 2.2,
        "copied onto a private phone"),
    # ... or read out where others hear it
    Pattern("cause", "消费者信息安全", _parts(
        _ACCOUNT_DATA, r"(别人|旁边的人|后面的人|排队的人|其他人|周围的人|旁人|大家|一屋子人)(都)?(听见|听到|看见|看到|知道)|"
                       r"当众|当着[^，,。]{0,6}面|大声念|念出来|念了出来|喊出来"), 2.6, "account read out to others"),
    # ... or the documents customers filled in, left where anyone can pick them up
    Pattern("cause", "消费者信息安全", _parts(
        _DOCUMENTS, r"扔|丢弃|丢在|垃圾|废纸|废品|随手放|随便放|放在外面|摆在外面|散落|没销毁|未销毁|不销毁|"
                    r"没有销毁|弄丢|丢失|遗失|忘在|落在|放了一上午|放了一天|捡到|捡了|谁都能看|谁都可以看|都能翻|都能看到|都能拿|谁路过|堆在|任何人都能|被人拿走|被风吹|贴着|贴在|当样本|当范本"), 2.6,
        "customer documents discarded or exposed"),
    # 自主选择权 (PBoC Order 2020 No. 5 art. 15: nothing bought, opened or signed for the
    # customer without consent): a product added, ticked or opened without asking
    Pattern("cause", "自主选择权", _parts(_ADDED, _WITHOUT_CONSENT), 2.6, "added without consent"),
    Pattern("cause", "自主选择权", _parts(_WITHOUT_CONSENT), 1.2, "without consent"),
    # ... or slipped among the papers the customer was made to sign, found out only later
    Pattern("cause", "自主选择权", _parts(r"签字|签名|签了字|签了名", r"(后来|事后|回家|过后)(才)?(知道|发现)", _ADDED), 2.6,
            "slipped among the papers signed"),
    # ... or one product made the condition of another: "不买他们的基金就不给我办"
    Pattern("cause", "自主选择权", _parts(
        r"不(买|办|存|开|签|投保)[^，,。]{0,8}就(不给|不能|不让|办不了|批不|不批|不办)"), 2.6, "one product the condition of another"),
    # 消费者资金安全 (money taken or moved without the customer's act): a transaction the customer
    # says he never made
    Pattern("cause", "消费者资金安全", _parts(
        r"交易|消费|取现|取款|转账|扣款|支付|一笔|几笔|三笔|两笔",
        r"(我|本人)(根本|从来|从|也|都)?(没|没有|未|不曾)(买过|消费过|取过|转过|刷过|用过|操作过|授权过|把[^，,。]{0,6}给过)"),
        2.6, "a transaction the customer never made"),
    # 服务态度及服务质量: the clerk's slip — a name, an account, a figure written or keyed in wrong
    Pattern("cause", "服务态度及服务质量", _parts(
        r"(柜员|工作人员|营业员|经办人|客户经理)把[^，,。]{0,8}(写错|填错|输错|录错|弄错|搞错|打错|算错|选错)"), 2.6,
        "the clerk's slip"),
    # 服务态度及服务质量: the clerk who put the money into the wrong account
    Pattern("cause", "服务态度及服务质量", _parts(
        r"(柜员|工作人员|营业员|经办人|她|他)把[^，,。]{0,8}(转到|转给|存到|存进|汇到|汇给|打到|转进)了?[^，,。]{0,4}"
        r"(另一个|另外一个|别人|其他人|别的|错)"), 2.6, "paid into the wrong account"),
    # 服务设施设备业务系统: the system said the transfer was done, and the money is nowhere — a
    # channel's fault, not money taken without the customer's act
    Pattern("cause", "服务设施设备业务系统", _parts(_REPORTED_DONE, _NOT_ARRIVED), 2.6,
            "reported done, never arrived"),
    # ... or a channel the bank names at fault — not the excuse of the clerk who made the mistake
    Pattern("cause", "服务设施设备业务系统", _parts(
        r"(?<!她说是)(?<!他说是)(?<!推说是)(?<!推说)(?<!借口)(通道|系统|接口|后台|网络|线路)[^，,。]{0,2}(异常|故障|出错|出问题|有问题|问题)"), 2.0,
        "channel at fault"),
    # 其他: the outlet as a neighbour — its noise, its machines outside someone's window; the
    # writer is no customer of the service complained of
    Pattern("cause", "其他", _parts(
        r"住在|楼上|楼下|隔壁|对门|窗户|卧室|我家",
        r"噪音|噪声|嗡嗡|轰轰|吵得|太吵|很吵|睡不着|震得|油烟|外机|发电机"), 2.6, "a neighbour's nuisance"),
    # 营销方式和手段: a product passed off as another to sell it ("把保险说成存款"); the business
    # is the product sold (its own keywords), not the deposit it was passed off as (MUTES)
    Pattern("cause", "营销方式和手段", _parts(_PASSED_OFF), 2.0, "product passed off"),
    Pattern("cause", "营销方式和手段", _parts(r"存款|定期|储蓄", _TURNED_OUT), 2.6, "sold as a deposit, turned out otherwise"),
    Pattern("business", "银行代理业务", _parts(_BELIEVED_DEPOSIT), 2.0, "believed a deposit"),
    # ... and a card that is itself stopped or to be restored is a card's case
    Pattern("business", "银行卡", _parts(
        r"卡被[\"“”'‘’「」]?(限制|冻结|锁|停用|止付|管控|降级)|(恢复|解除|解冻)[^，,。]{0,6}卡|把[^，,。]{0,4}卡恢复|绑卡"),
        2.0, "the card stopped"),
)

MUTES: tuple[Mute, ...] = (
    # the deposit a product was passed off as, or believed to be, names no deposit business:
    # "一直以为那是存款，利息比定期高" is about the product sold
    Mute("人民币储蓄", _parts(_BELIEVED_DEPOSIT + "|" + _PASSED_OFF + "|" + _TURNED_OUT), "what it was passed off as"),
    # 消费者资金安全 is money taken or moved without the customer's act: a loss told with the
    # rate, the price or the delay that caused it is the consequence of how the matter was
    # handled, and is counted where that handling is
    Mute("消费者资金安全", _parts(_MARKET_CAUSE, _LOSS), "loss from the rate or a delay"),
    # 定价收费 is the bank's charge: a penalty someone else made the customer pay for the delay is
    # the delay's consequence
    Mute("定价收费", _parts(r"耽误|拖了|晚了|延误|迟了|晚交|交货晚", r"违约金|罚款|被罚|罚了"), "a penalty from the delay"),
    Mute("定价收费", _parts(r"(结果|导致|害得我|害我|因此|所以)[^，,。]{0,3}(被收|被扣|被罚|收了|扣了|产生)[^，,。]{0,3}"
                            r"(滞纳金|罚息|违约金|罚款)|(多交|又交|多付|重复交|再交)了?[^，,。]{0,3}(手续费|费用|一次)"),
         "a charge that followed from something else"),
    # 消费者资金安全 is not a product's return, or a deposit's interest, coming in below what was due
    Mute("消费者资金安全", _parts(r"收益|分红|回报|净值|年化|利息", _LOSS), "a return below expectation"),
    # ... and money stuck in a transfer the customer made is the channel's
    Mute("消费者资金安全", _parts(_REPORTED_DONE, _NOT_ARRIVED), "a transfer stuck"),
)


def _sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text)]


def _found(parts: tuple[re.Pattern, ...], text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    spans = []
    for part in parts:
        m = part.search(text, start, end)
        if not m:
            return None
        spans.append(m.span())
    return spans


def pattern_votes(text: str, weights: list[float], axis: str) -> tuple[dict[str, float], list[str]]:
    """The patterns' votes on `axis` in the focused `text` (one weight a character)."""
    scores: dict[str, float] = defaultdict(float)
    matched = []
    sentences = _sentences(text)
    for pattern in PATTERNS:
        if pattern.axis != axis:
            continue
        counts = []
        for start, end in sentences:
            spans = _found(pattern.parts, text, start, end)
            if spans:
                counts.append(min(max(weights[a:b]) for a, b in spans))
        counts = sorted(counts, reverse=True)[:2]
        if sum(counts):
            scores[pattern.category] += pattern.weight * sum(counts)
            matched.append(f"«{pattern.name}»→{pattern.category}")
    return scores, matched


def muted_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each category, the sentences in which its keywords do not vote."""
    muted: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for start, end in _sentences(text):
        for mute in MUTES:
            if _found(mute.parts, text, start, end):
                muted[mute.category].append((start, end))
    return muted
