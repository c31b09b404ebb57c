"""A seventh blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh7`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set (only the module docstring and first two
letters of letters_fresh6.py for the format, the `Truth`/`HeldOutLetter`/`heldout_directory`
definitions of letters_heldout.py, and the list of earlier letter ids, whose situations are
avoided).

Each letter carries what a careful clerk would record, labelled by these rules:
- complainant: the person who writes (a relative writing for an elderly parent is the
  complainant); a surname with a title is a name, a nickname ("老陈", "何老太") is not;
- phones as digits ("0598-8331234" for landlines, mobiles 11 digits); dates ISO, every date
  the letter states with a day; a date without a year is in the signing year; an undated
  letter's dates stay "--MM-DD"; relative dates ("第二天") are not recorded;
- units: every unit of heldout_directory() the letter names (also as an address or a unit it
  praises); complained: the unit(s) the grievance is about;
- cause: what the bank did that the writer objects to, not what is at stake (JR/T 0169 as the
  project reads it): treatment or a clerk's mishandling → 服务态度及服务质量, a failed machine
  or system → 服务设施设备业务系统, a rule applied as designed → 管理制度业务规则与流程,
  misrepresentation to sell → 营销方式和手段, silence on a material fact → 信息披露, a tie or an
  add-on without consent → 自主选择权, the level of a charge → 定价收费, an unfair clause →
  合同条款, the return of an undisputed sale → 产品收益, money gone without the customer's act →
  消费者资金安全, personal data given away → 消费者信息安全, how an admitted debt is chased →
  债务催收方式和手段, nothing about a financial service to the writer → 其他;
- business: cards → 银行卡, passbooks and time deposits → 人民币储蓄, transfers and drafts →
  支付结算, cash, damaged notes and coins → 人民币管理, foreign currency → 外汇, the bank's own
  wealth product → 自营理财, a third party's insurance → 银行代理业务, gold → 贵金属, fee
  services (deposit certificates) → 其他中间业务, personal data → 个人金融信息, chasing a debt →
  债务催收, loans → 贷款.
No letter names its cause with the words of the cause's label.

Scored once, blind, on 2026-12-05 before anything was tuned on it (python -m bench.bench_letters
with the shipped model, trained without it): cause 63.3 % (19/30; the rules alone 60.0 %),
business 70.0 % (21/30), unit found or triage 93.3 % (28 right, 2 wrong: a letter addressed to
the unit it complains about whose card branch or referring branch was taken instead), fields
99.0 % precision / 98.6 % recall, signed date 100 %, mojibake 0. Then tuned on (units: the
addressee as the last resort) and trained on. Unlike FRESH2 … FRESH6 it carries no REQUESTS
and no OCR_LIKE list, and one letter gives no phone; test_blind_letter_sets checks its labels,
units and dates only.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS


FRESH7: tuple[L, ...] = (
    # why: the teller invoked a requirement ("must bring a sign-language interpreter") but the
    # manager confirms no such rule exists, so it is a clerk's mishandling (SVC), not a rule
    # applied as designed (RULE).
    L("f7_deaf_customer_waved_away", """徐碧网点负责人：
我叫罗春燕，从小耳朵听不见，也不会说话，但是我认字，会写字。
11月9日上午，我拿存折到徐碧网点取1500元，给女儿交补课的钱。我把要取的数目写在纸上递进去，柜员看了一眼就摆手，在纸上写了一句“聋哑人要带手语翻译才能办”，然后就叫了下一个号。我又写“我能写字，密码我自己按”，她没有再看，把纸从窗口推了出来。我在大厅站了四十多分钟，没有一个人过来问我。
后来我丈夫陪我去找你们主任，主任说行里并没有这样的要求，能用纸笔说清楚的就可以办，是那个柜员嫌麻烦。当天主任亲自帮我把钱取了。11月10日我又去城东支行存钱，那边的柜员拿出一块小白板，一句一句写给我看，办得很顺。
我不要什么特别照顾，只希望柜员愿意看一看我写的字。请给我一个答复，发短信就可以，我接不了电话。
罗春燕
手机 159-8073-2641
2026.11.12""",
      T(complainant="罗春燕", phones=("15980732641",),
        dates=("2026-11-09", "2026-11-10", "2026-11-12"),
        units=("XB", "CD"), complained=("XB",), business="人民币储蓄", cause=SVC,
        signed="2026-11-12")),
    L("f7_dialect_grandpa_mocked_at_card_activation", """领导你好：
我是上坪村邓德旺的孙子邓宇航，在外地读大学，这封信是替我爷爷写的。
爷爷今年八十一了，只会讲我们本地话，普通话能听懂一半。县里换发第三代社保卡，要到银行开通金融功能以后养老金才能打进去。10月27日他一个人坐班车到列西分理处办开通，柜员听不懂他讲的话，没有去叫会讲本地话的同事，反倒学着他的腔调讲给旁边的人听，两个人一起笑。爷爷问了三遍“这样就好了吗”，她回了一句“讲什么听不懂，回去叫你家里年轻人来”。卡最后是开通了，可是设密码的时候她在里面一边说一边催，爷爷到现在都说不清自己按的是哪六个数。
爷爷回来跟我奶奶讲“老了没用了，去银行都给人笑”，好几天不肯出门。
我希望分理处的负责人能找时间跟爷爷当面讲清楚这张卡怎么用、密码怎么重设，也请那位柜员给爷爷道个歉。
邓宇航  182 5016 3397
2026年11月1日""",
      T(complainant="邓宇航", phones=("18250163397",), dates=("2026-10-27", "2026-11-01"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=SVC, signed="2026-11-01")),
    L("f7_wedding_new_notes_booking_lost", """东门网点的负责同志：
我女儿11月28日出嫁，我们这里的风俗，压箱钱和给亲戚的红包都要用新钱。11月20日我专门到东门网点预约，要换两万块的新版一百元，还有一千块的新二十元。当时一个姓肖的柜员登记了，说新钞要从上面调，叫我11月27日下午去拿。
27日下午我请了假去，窗口换了一个人，说根本没有登记，也没有给我留。我说我一个星期前就来约好了，她翻了一下本子说找不到，就从抽屉里拿了一沓旧钱，有的还皱巴巴的，说“新的旧的不都是钱，又不是你结婚”。后面排队的人都听见了。我想找那个姓肖的，说她休假。
第二天一早我们家就要发亲，只好到处找亲戚凑新钱，凑不齐，红包里只能新旧掺着放。嫁女儿一辈子就一回，弄成这样我心里一直过不去。
请你们查一下登记本到底怎么丢的，给我一个说法。
陈桂香
家住县城解放路44号
电话0598－2316608
2026年11月30日""",
      T(complainant="陈桂香", phones=("0598-2316608",),
        dates=("2026-11-28", "2026-11-20", "2026-11-27", "2026-11-30"),
        units=("CD",), complained=("CD",), business="人民币管理", cause=SVC,
        signed="2026-11-30")),
    L("f7_power_of_attorney_original_lost", """尊敬的明溪县支行行长：
我叫严卫东，我母亲叫杨素琴，今年七十四岁。事情要从头讲。十一月十六日晚上我妈在家里突然中风，送到县医院抢救，后来转到三明的医院进了重症监护室，医生说要尽快做手术，押金一下子就要六七万。我妈在你们明溪县支行有一张五万块的定期存单，是她前年存的，说好了留着看病用的。我自己手头也紧，两个孩子都在读书，我老婆身体也不好，这个就不多说了。
我先打电话问了你们行，说本人来不了可以办公证委托。十一月十八日我趁我妈那天清醒一点，请了公证处的人到病房，我妈按了手印、签了字，办了公证委托书，公证费花了八百多。十一月十九日我拿着委托书原件、存单、我妈和我的身份证去支行，柜员说委托书要交上去审核，原件要留下，叫我三天后来。我说能不能复印一份给我，她说不用，行里会保管好。
十一月二十三日我再去，等了一个多小时，一个主管出来跟我说，委托书原件找不到了，可能是跟别的材料一起送走了，叫我重新去办一份公证。我当时就急了，我妈那几天已经不清醒了，医生说不能签字，重新公证根本办不了。主管说那就只能等她好了再说，或者走法院认定监护人的程序。我问那原件到底丢在哪里，她说还在找。
手术的钱最后是我姐夫借的，利息不少。我妈现在还在医院，情况时好时坏。我写这封信，第一是要你们把委托书原件找出来，找不到要写个书面说明是怎么丢的；第二是要有个人负责，帮我把存单的钱取出来，不能让我再去办一个根本办不了的公证；第三，公证费和这些天来回跑的费用，你们要考虑。
说实话，那个柜员收材料的时候人还是客气的，我也不是要为难哪一个人，但是这么重要的东西说丢就丢，我想不通。
严卫东
手机：133 5988 0127
2026年11月25日于县医院""",
      T(complainant="严卫东", phones=("13359880127",),
        dates=("2026-11-16", "2026-11-18", "2026-11-19", "2026-11-23", "2026-11-25"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=SVC,
        signed="2026-11-25")),
    L("f7_pos_takings_a_week_late", """徐碧支行：
我是开小饭店的黄志坚，店里用的是你们行装的POS机，平时刷卡的钱第二天就到我的结算卡上。
从10月30日开始，刷卡的钱一笔都没有到，一直到11月5日下午才一次性到账，前后压了七天，一共两万三千多。我10月31日、11月2日两次打电话去网点问，说是收单清算的系统换新版本，批量入账出了问题，总行在处理，叫我等。
我这种小店，每天要付菜钱肉钱，供货的不赊账，这几天我是跟朋友借了一万块周转的。钱到了我认，但是你们的机器和系统出问题，吃亏的是我们做小生意的。
请你们把以后的结算按时做好，也请说明一下这次到底是什么原因。
黄志坚 电话13605983516
2026-11-06""",
      T(complainant="黄志坚", phones=("13605983516",),
        dates=("2026-10-30", "2026-11-05", "2026-10-31", "2026-11-02", "2026-11-06"),
        units=("XB",), complained=("XB",), business="支付结算", cause=SYS,
        signed="2026-11-06")),
    L("f7_village_cash_point_terminal_dead", """明溪县支行领导：
关于我村助农取款服务点机具长期坏了没人修的情况，向你们反映一下。
我村在村部旁边的小卖部设有一个助农取款点，是列西分理处几年前装的，村里的老人领惠农补贴、用社保卡取养老金，都靠这台机器。10月8日这台机器开始刷不了卡，屏幕一直显示“通讯失败”。小卖部老板10月10日打电话报给列西分理处，10月24日我又亲自跑了一趟，说得清清楚楚，都说会派人来修，到今天一个人也没来过。
我村六十岁以上的老人有一百四十多个，不少人行动不便，现在要取钱只能坐车去三十公里外的镇上，一来一回大半天，车费也是钱。有个老人上礼拜在车站摔了一跤。
请你们督促列西分理处尽快派人修好，或者换一台能用的，修好之前能不能安排人定期下村来办。
大坑村村委会 李长根
联系电话 135 0759 5218
2026年11月13日""",
      T(complainant="李长根", phones=("13507595218",),
        dates=("2026-10-08", "2026-10-10", "2026-10-24", "2026-11-13"),
        units=("MX", "LJ"), complained=("LJ",), business="银行卡", cause=SYS,
        signed="2026-11-13")),
    # why: SYS vs FUNDS — the money did not leave without her act: she put the certificate up
    # for transfer herself and the platform then failed to settle, so a failed system (SYS).
    L("f7_large_cd_transfer_settles_nowhere", """我在你们手机银行上转让大额存单，出了问题，到现在没解决。
我有一张二十万的三年期大额存单，还有一年多到期。家里要用钱，11月18日我在手机银行“大额存单转让”里挂出去转让，11月19日上午app显示“转让成功”，存单也从我的持有列表里没了，可是说好的转让款一直没进我的卡。我打了四次客服电话，每次都说“交易状态异常，系统正在核对”，要等，问要等多久，说不知道。
现在存单没了，钱也没到，二十万就挂在半空中。我一个退休的人，这是我的养老钱，天天睡不着。请尽快查清楚，把钱给我打到卡上，并告诉我这几天的利息怎么算。
苏美华
联系电话：１３９５０８４６２７０""",
      T(complainant="苏美华", phones=("13950846270",), dates=("--11-18", "--11-19"),
        units=(), complained=(), business="人民币储蓄", cause=SYS, signed=None)),
    L("f7_returnee_passbook_under_cancelled_id", """明溪县支行：
本人刘振华，原籍明溪县城关乡，一九八九年出国，二〇〇六年加入新加坡国籍，国内户口及居民身份证随之注销。一九九八年回乡探亲时，曾在贵行开立活期储蓄存折一本，存款至今约三万一千元。
今年十月回国探亲，欲将该笔存款取出。十月十二日首次到贵行柜台，经办人员告知：存折所登记的是本人已注销的身份证号码，须由公安机关出具户籍注销证明，证明新加坡护照持有人与原身份证为同一人，方可办理。十月十五日本人持派出所开具的户籍注销证明再次前往，经办人员又告知该证明须经县公安局盖章，并须本人护照经公证认证。经办人员十分客气，也向我出示了行内的文件，确系规定如此。
本人年逾七旬，每次回国不过一月，往返派出所、县公安局、公证处之间，实难办妥。贵行经办人员依章办事，本人并无责怪之意；但此项规定对海外归侨实属强人所难。恳请贵行考虑归侨的实际情况，对此类身份变更的老年储户，能否由贵行直接向公安机关核实，而非令储户自行奔走。
本人在国内的联系人为侄儿刘建平，电话 137 7598 4410。
刘振华
二〇二六年十月二十日
新加坡 Bedok North Ave 3 第512座""",
      T(complainant="刘振华", phones=("13775984410",),
        dates=("2026-10-12", "2026-10-15", "2026-10-20"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=RULE,
        signed="2026-10-20")),
    # why: SVC vs RULE — the staff were courteous and followed the anti-fraud procedure set
    # from above for over-60 large withdrawals; he objects to the procedure itself, so a rule
    # applied as designed (RULE).
    L("f7_cash_for_house_builder_police_called", """燕西支行的负责人：
我叫傅长春，今年六十八岁，在乡下盖房子。11月24日上午我拿存折到你们燕西支行取十万块现金，要付给做房子的师傅。柜员问我取这么多干什么，我说盖房子，她要我拿出跟师傅签的合同，我说乡下盖房子哪有什么合同。她又叫大堂经理过来，问我有没有人打电话叫我取钱，有没有人叫我不要告诉家里，要我当场打电话给我儿子。我儿子在广东上班，没接到，她们就说按规定要请派出所的民警来核实。民警来了以后问了我十几分钟，才让我把钱取走，前后两个多钟头。
我知道现在骗子多，你们的人也一直很客气，一口一个“大伯”，说这是上面定的，六十岁以上的人取大钱都要这样。可是这是我自己辛辛苦苦存的钱，取自己的钱还要叫警察来问，在那么多人面前，好像我是个老糊涂。
我想问：这个规定能不能改一改，比如家里人作个证、或者先预约登记就行，不要每次都叫派出所。我过年前还要再取一次付尾款。
傅长春
电话 158-5983-0072
2026年11月26日""",
      T(complainant="傅长春", phones=("15859830072",), dates=("2026-11-24", "2026-11-26"),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=RULE,
        signed="2026-11-26")),
    # why: DATA vs RULE — the balance texts reach a stranger, but the bank gave nothing away by
    # an act of its own (she says so); what she objects to is the rule that only the card
    # holder may change the bound number, applied as designed (RULE).
    L("f7_late_husband_number_reissued", """徐碧支行：
我丈夫周文彬今年三月病故。他生前在徐碧网点办了一张借记卡，村里征地补偿款每季度打到这张卡上，我们一直没去销户。他的手机号码六月份停机注销了，结果号码被营业厅重新放出去，给了一个外地人。
10月19日这个人打电话到我家，说他这个号每个月都收到你们银行的短信，卡里进了多少钱、还剩多少，写得清清楚楚，他觉得不对劲才找到我。我听了心里发慌。10月22日我带着丈夫的死亡证明、户口本和结婚证去徐碧网点，想把短信停掉或者换成我的号码。柜员说绑定的手机号只有持卡人本人才能改，人去世了，要先办继承公证，再来销户或者过户，短信通知没有别的办法单独停。我问能不能先停短信，她去问了主管，回来说规定就是这样，系统里也操作不了。
继承公证要把几个子女都叫齐，大儿子在国外，一时半会回不来。这段时间里，我们家的钱进进出出，都要发到一个陌生人手机上。我不是怪那个人，人家还好心告诉我；也不是说柜员不帮忙，她跑了好几趟去问。我就是不明白，为什么连停一条短信都要等继承办完？请你们想个办法。
吴美兰
电话 0598-2832615
2026年10月28日""",
      T(complainant="吴美兰", phones=("0598-2832615",),
        dates=("2026-10-19", "2026-10-22", "2026-10-28"),
        units=("XB",), complained=("XB",), business="银行卡", cause=RULE,
        signed="2026-10-28")),
    # why: MKT vs FUNDS — she moved the money herself, on the manager's false words that the
    # product was the branch's own and principal-guaranteed: misrepresentation to sell (MKT),
    # not money gone without her act (FUNDS). Business: a third party's product sold in the
    # branch → 银行代理业务.
    L("f7_staff_sold_outside_company_product", """城东支行行长：
我叫何玉珍，五十六岁，在城东支行存钱十几年了。2025年6月12日，我去支行办定期转存，你们的客户经理郑某把我请到贵宾室，说有一款“支行内部的专属理财”，只给老客户，一年期，年化6.5%，“跟存款一样保本，行里担保”。我问是不是银行的产品，他说当然是，不是银行的怎么会在银行里卖。我当场把二十万转了过去，签了一叠纸，他说都是格式的，不用细看。
去年年底和今年上半年都按时给了利息，我就更放心了。今年九月到期，本金一直没回来。我去问，才知道那笔钱转到的是一家叫“融鑫资产管理有限公司”的账户，合同上盖的也是这家公司的章，根本不是银行的产品。郑某今年七月已经辞职，电话打不通。11月3日支行的人跟我谈，说这是员工私下卖的东西，和银行无关，叫我去报案。
我在你们银行的贵宾室里，由你们穿着工服的员工，用你们银行的名义卖给我的东西，现在说和银行无关？当初他要是说一句“这不是银行的”，我一分钱都不会买。请支行给我一个负责任的处理。
何玉珍 电话13774580319
2026年11月8日""",
      T(complainant="何玉珍", phones=("13774580319",),
        dates=("2025-06-12", "2026-11-03", "2026-11-08"),
        units=("CD",), complained=("CD",), business="银行代理业务", cause=MKT,
        signed="2026-11-08")),
    # why: MKT vs DISC — the staff did not merely leave out the lock-up; asked directly, they
    # said the money could be taken out any time and promised a 5,400 refund: misrepresentation
    # to sell (MKT), not silence (DISC).
    L("f7_pension_account_pitched_as_anytime", """明溪支行：
我是县二中的语文老师温晓琳。今年1月9日，你们支行的两位工作人员到我们学校推广个人养老金账户，在会议室给老师们讲了半个小时。我把当时他们说的话和实际情况对照写在下面：
一、他们说“每年存一万二，每人每年能退税五千四”。实际上五千四是按最高税率算的，我这样的工资，一年只少交了三百六十元。
二、他们说“钱放在账户里随时能取，和活期一样，不用就放着”。我当场还追问了一句“急用能不能取”，回答是“能，随时”。
三、今年10月19日我父亲住院要做手术，我去支行想把账户里的两万四取出来，柜员说个人养老金要到退休才能领，除非出国定居或者重病丧失劳动能力，我这种情况取不了。
我不是不讲理的人，如果当初讲清楚要锁到退休，我根本不会开。现在我们学校有十几个同事都是听了那次宣讲开的户，很多人都以为随时能取。
请支行说明当时宣讲人员为什么这么讲，并给我们一个处理办法。
温晓琳
电话：13860571905
2026年10月23日""",
      T(complainant="温晓琳", phones=("13860571905",),
        dates=("2026-01-09", "2026-10-19", "2026-10-23"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=MKT,
        signed="2026-10-23")),
    L("f7_prize_wheel_for_a_deposit", """燕西支行：
我爸今年七十岁，11月11日上午他路过你们燕西支行，门口摆了一个“幸运大转盘，百分之百中奖，最高一克金条”的摊子。你们的工作人员拉他过去，说只要存两万块三个月定期、再下载你们的手机银行，就能转一次，还说“这两天金条已经出了好几根了，大伯您今天手气好肯定中”。我爸就把准备过年用的两万块存了三个月，手机银行也是工作人员拿他的手机装的。
转出来是一包抽纸。他不服气，旁边的人跟他说转盘上金条那一格窄得跟一根线一样，根本转不到，出了好几根金条的事也没人见过。
三个月定期存了也就存了，钱没有少。可是拿金条哄七十岁的老人存钱，这种做法我觉得太难看了。请支行说明“出了好几根金条”是哪几根，给谁了，不然就给我爸一个道歉，手机银行他用不来，也请帮他注销。
女儿 钟晓丽 181 5983 0466
2026年11月14日""",
      T(complainant="钟晓丽", phones=("18159830466",), dates=("2026-11-11", "2026-11-14"),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=MKT,
        signed="2026-11-14")),
    # why: RULE vs DISC — he accepts the rule that interest falls due from graduation; what he
    # objects to is that nobody told him when or from which card it would be taken: silence on
    # a material fact (DISC).
    L("f7_student_loan_interest_start_untold", """城东支行你好：
我是今年6月毕业的学生陈子昂（上大学前在你们城东支行办的助学贷款，四年一共三万二）。上学期间利息是财政贴息的，这个我知道。但是毕业以后利息从哪天开始自己付、第一期什么时候扣、要往哪张卡里存钱，当年签合同的时候没人跟我讲，毕业前后也没有收到过任何短信或电话。
我一直以为要毕业满两年才开始还。结果11月9日我去办信用卡被拒，一查征信，9月20日和10月20日两期利息显示逾期，合计五百多块。我马上打电话问，才知道毕业当年的9月就要开始付利息，从那张旧的借记卡里扣，卡里没钱就算逾期。
规矩我认，钱我当天就存进去了。可是这么重要的事，一个字都没通知我，现在我的征信上留了两个逾期，刚工作就被拖累。请你们核实情况，帮我申请把这两条逾期记录更正。
陈子昂
手机 17750923318
2026年11月12日""",
      T(complainant="陈子昂", phones=("17750923318",),
        dates=("2026-11-09", "2026-09-20", "2026-10-20", "2026-11-12"),
        units=("CD",), complained=("CD",), business="贷款", cause=DISC,
        signed="2026-11-12")),
    # why: FEE vs DISC — she says outright she does not dispute the rate charged; she objects
    # that nobody mentioned any charge or its start date when the code was set up (DISC).
    L("f7_market_qr_code_charge_never_mentioned", """明溪县支行的同志：
我叫林秋菊，在农贸市场里卖干货。今年4月15日你们支行的两个年轻人到市场里一家一家贴收款码，说用你们行的码收钱到账快。我就让他们贴了，开了一张卡绑上，办的时候他们填表、拍照，我签了几个字。
11月2日我对账，发现十月份每一笔收款都少了一点，问了才知道，从十月开始按千分之三点八扣手续费，之前半年是“优惠期”不收。
扣多少我不懂行情，人家说别的银行也差不多，这个我不跟你们争。我气的是，贴码的时候从头到尾没有一个人说过以后要扣钱、从哪天开始扣，开卡时也没给我任何一张写着这个的纸。要是当时说了，我就去用别的了。我一个月流水五六万，一年算下来两千多块。
请你们把十月份扣的钱退给我，以后要扣什么钱，事先通知到人。
林秋菊 136 6598 7102
2026年11月5日""",
      T(complainant="林秋菊", phones=("13665987102",),
        dates=("2026-04-15", "2026-11-02", "2026-11-05"),
        units=("MX",), complained=("MX",), business="支付结算", cause=DISC,
        signed="2026-11-05")),
    # why: CHOICE vs SYS/RULE — staff blame "the system" and the insurer's arrangement, but
    # what the teacher objects to is a third party's insurance tied to a compulsory meal fee
    # without consent: a tie (CHOICE); the add-on is a third party's insurance → 银行代理业务.
    L("f7_school_meal_fee_bundled_accident_cover", """城东支行负责人：
我是实验小学四年级(3)班的班主任许婉清。我们学校的伙食费、作业本费一直是通过城东支行的缴费平台代收的。这学期8月28日缴费通道开通后，家长打开缴费页面，看到的只有一个“伙食费＋学生意外险”的套餐，一共一千零八十元，其中意外险一百二十元，是一家保险公司的产品，页面上没有单交伙食费的选项，也没有取消勾选的地方。
好几个家长来问我，说孩子已经在别处买过保险了，不想再买。我打电话问了支行负责这项业务的工作人员，对方说“系统就是这么设置的，保险公司委托我们一起代收，家长不想要可以交了以后自己去退”。可是退保要家长自己打保险公司电话，来回折腾，很多家长就算了。
学校从来没有要求过家长买这个保险，伙食费是必须交的，保险不是。把两样东西捆在一起，不交保险就交不了饭钱，这对家长不公平。请支行把伙食费单独放出来，已经交了的保险费，家长要退的请支行帮助办理。
许婉清
联系电话：13959812470
2026年10月9日""",
      T(complainant="许婉清", phones=("13959812470",), dates=("2026-08-28", "2026-10-09"),
        units=("CD",), complained=("CD",), business="银行代理业务", cause=CHOICE,
        signed="2026-10-09")),
    # why: FEE vs CHOICE (and RULE: "行里统一的") — he says the amount is not the point and
    # is no higher than elsewhere; he objects to add-ons forced on him as a condition of the
    # account: a tie without consent (CHOICE).
    L("f7_shop_account_only_with_usb_key_bundle", """永安燕西支行：
我在镇上新开了一家五金店，办了个体工商户营业执照。11月17日到你们燕西支行开对公结算账户，只是想有个账户收货款、交税。柜员说开户要一起办企业网银U盾、短信通知、电子回单，还要买一个回单箱，一年下来四百八十多块，我说U盾和回单箱我用不着，短信我自己手机银行能看，能不能只开账户。她说开户就是这个套餐，不办开不了，是行里统一的。
四百多块说多不多，我也不是舍不得，别的银行收得也不比你们少。我想不通的是，我要的东西你们不给单独办，我不要的东西非要塞给我。最后我为了赶着营业，全都办了。
请你们把U盾、回单箱这些我没要的东西退掉，钱退给我，只留一个结算账户。
罗建华
135-0598-7713
2026.11.19""",
      T(complainant="罗建华", phones=("13505987713",), dates=("2026-11-17", "2026-11-19"),
        units=("YX",), complained=("YX",), business="支付结算", cause=CHOICE,
        signed="2026-11-19")),
    L("f7_subsidy_card_town_atm_charges", """银行的领导：
阮是下洋村的黄有福，今年七十三了。阮村里的老人家，种粮补贴、养老金都打在列西办的那张惠农卡上。列西的网点离阮村三十多公里，阮老人家毋会开车，平时都到镇上取。镇上只有别家银行的取款机，11月5日我去取五百块，卡里扣了五百零四块，问了才知，跨行取一回扣两块，不在本地开的卡还要另扣两块，一回加起来四块。
阮一年的补贴加起来也就一千多块，分几回取，扣来扣去，一年要扣掉几十块，这是阮老人家的血汗钱咧。村里恁多老人家都是这样，伊们嘴上不讲，心里都有气。
阮毋是讲你们不许收，是讲收恁多毋合理。惠农卡是给种田人用的，取自家补贴的钱，能不能毋扣，或者少扣一点。
下洋村 黄有福
2026年11月10日""",
      T(complainant="黄有福", phones=(), dates=("2026-11-05", "2026-11-10"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=FEE,
        signed="2026-11-10")),
    L("f7_payroll_charged_per_head_and_percent", """城东支行：
本厂（县竹木制品加工厂）四十二名工人的工资一直在贵行代发，合作了六年。九月底贵行客户经理来电告知，从十月起代发工资要收费，这个通知我们收到了。
10月10日发九月份工资，到账后一看，贵行按每人每笔两元、另加代发总额千分之五收取，四十二个人一次扣了九百多元。我们了解了一下，同一条街上的两家银行代发每人每笔五毛，不按总额收。我们是小厂，一年十二个月加上年终奖，光代发就要花一万多元，比一个工人两个月工资还多。
请贵行重新核定代发的价格，至少不要再按总额加收千分之五。否则我们只能考虑把代发转到别的银行。
县竹木制品加工厂 厂长 蔡国荣
电话 0598-2219087 / 13906989452
2026年10月15日""",
      T(complainant="蔡国荣", phones=("0598-2219087", "13906989452"),
        dates=("2026-10-10", "2026-10-15"),
        units=("CD",), complained=("CD",), business="支付结算", cause=FEE,
        signed="2026-10-15")),
    # why: DISC vs CLAUSE — he read the sentence and questioned it before signing, so nothing
    # was kept from him; he attacks the all-debts guarantee wording itself: an unfair clause
    # (CLAUSE).
    L("f7_guarantee_stretched_to_new_loan", """明溪县支行：
本人周德明，退休前在县供销社从事会计工作三十余年。现就本人为他人担保一事，提出如下意见。
一、二〇二四年三月十五日，本人为侄子周立新向贵行申请的三十万元经营贷款提供保证，签订《保证合同》一份。签字前本人逐条阅读了合同，对其中第六条“保证人对借款人在贷款人处已经发生及今后发生的全部债务承担连带保证责任”一句，曾当面向经办客户经理提出疑问，经办人答复系总行统一格式文本，不能改动。
二、二〇二六年十月二十八日，本人因办理个人事务查询征信报告，发现本人名下除上述三十万元外，另有一笔五十万元的担保记录，系周立新于今年五月在贵行新办的贷款。此笔贷款本人既未签字，也未被告知。贵行答复称：依据上述第六条，保证人对借款人此后新增债务同样负有保证责任，无须另行签字。
三、本人认为，保证人为一笔确定金额的借款提供保证，是本人自愿承担的义务；但将借款人今后无限期、无限额的全部借款一并纳入，保证人对新增债务既无从知晓，更无从拒绝，此一约定对保证人显失公平。
请贵行解除本人对五十万元新增贷款的保证责任，并对征信记录予以更正。
周德明
电话：0598-2325081
二〇二六年十一月三日""",
      T(complainant="周德明", phones=("0598-2325081",),
        dates=("2024-03-15", "2026-10-28", "2026-11-03"),
        units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE,
        signed="2026-11-03")),
    # why: RULE vs CLAUSE — the bank acts on article 11 of her own loan contract and she
    # attacks that article as one-sided: an unfair clause (CLAUSE), not a branch rule.
    L("f7_job_change_calls_loan_due", """徐碧支行：
我叫江丽娟，是一名护士。2025年4月在你们徐碧支行贷了十五万装修款，分五年还，每个月按时还款，一次都没有逾期过。
今年十月我从县医院调到镇上一家民营医院上班，工资比原来还高一点。11月20日我突然接到你们的通知，说根据借款合同第十一条“借款人工作单位发生变更的，贷款人有权宣布贷款提前到期”，要我在十天内把剩下的十一万多全部还清，否则按逾期处理。
我去网点问，客户经理说合同里写着的，他们也没办法。我把合同翻出来看，确实有这一句。可是换个工作跟还不还得起钱有什么关系？我每个月照常还，工资也没少，凭什么只因为换了单位就要我一次性拿出十一万？这样的约定，借钱的人根本没法防，谁能保证五年都不换工作？
请你们撤销提前到期的决定，让我按原来的计划还款。
江丽娟
电话：189 5982 3305
2026年11月22日""",
      T(complainant="江丽娟", phones=("18959823305",), dates=("2026-11-20", "2026-11-22"),
        units=("XB",), complained=("XB",), business="贷款", cause=CLAUSE,
        signed="2026-11-22")),
    # why: DISC/MKT vs RET — he confirms the exchange risk was explained and signed for; the
    # sale is undisputed and he objects to how little it brought back (RET).
    L("f7_aud_deposit_eaten_by_exchange_rate", """永安燕西支行：
我叫潘建新。2023年4月6日我在你们燕西支行用人民币买了两万澳元，存了三年定期，当时澳元定期利率比人民币高不少。买的时候柜员给我讲了汇率会变，我也在风险提示书上签了字，这个我不赖。
今年4月到期后我又转存了半年，10月8日到期，我把澳元全部换回人民币。三年多利息加起来是拿到了，可是澳元比我买的时候跌了一截，换回来的人民币比我当初投进去的还少了六千多。折腾三年半，等于白存，还倒贴。要是当年存人民币定期，少说也有七八千的利息。
我知道汇率不是你们定的，可是你们是银行，能不能给我们这种老客户在换汇上让一点点价，或者有什么别的办法弥补一点。
潘建新 13600890215
2026年10月12日""",
      T(complainant="潘建新", phones=("13600890215",),
        dates=("2023-04-06", "2026-10-08", "2026-10-12"),
        units=("YX",), complained=("YX",), business="外汇", cause=RET,
        signed="2026-10-12")),
    L("f7_cash_sweep_yield_halved", """个人金融部（个金部）的领导：
燕西支行的理财经理说这事要找你们，我就写给你们。
我的工资卡开通了你们行自己的“日日盈”，卡里闲钱自动转进去，要用随时转出来。2025年开通的时候，七日年化有百分之二点六，比活期强多了，我就把家里的钱都放在里面。今年一路往下掉，11月30日我看了一下，七日年化只剩百分之一点一八，一万块一天三毛多钱。
我知道这个不保本，也不保证多少，开通的时候说过，我也看过。我就是觉得跌得太狠了，一年时间少了一半还多。问理财经理，他说大环境就这样。大环境我不懂，我只知道我一年少拿好几百块。
我想问：一、你们能不能把这个产品的回报往上调一调；二、有没有别的同样能随时取、又高一点的东西，不要叫我去买那种锁几年的。
郭明辉
电话15359810346
2026年12月2日""",
      T(complainant="郭明辉", phones=("15359810346",), dates=("2026-11-30", "2026-12-02"),
        units=("PF", "YX"), complained=("PF",), business="自营理财", cause=RET,
        signed="2026-12-02")),
    L("f7_cash_point_withdrawals_mother_never_made", """领导你们好我是在厦门工地上打工的邱木生我妈叫张桂兰在老家村里住今年七十六了她的惠农卡是徐碧网点办的补贴和养老金都打在里面平时就在村口小卖部那个助农取款点取钱这个月我回家一趟带我妈去徐碧网点打了个流水一看帐不对10月3号取了500 10月17号取了800 10月25号取了600都是在那个取款点取的我妈说她十月份只去过一次取了200其他几次她根本没去过卡也一直在她身上没借给过别人我问小卖部老板他说记不清了可能是我妈记错了我妈年纪是大了可是她取没取钱她自己清楚的一千九百块对我们家不是小数目你们银行的点你们要负责请你们查一下那个机器的记录和监控把钱还给我妈我以经报了派出所了在不处理我就打12345
邱木生 137 9981 2650
2026年11月8号""",
      T(complainant="邱木生", phones=("13799812650",),
        dates=("2026-10-03", "2026-10-17", "2026-10-25", "2026-11-08"),
        units=("XB",), complained=("XB",), business="银行卡", cause=FUNDS,
        signed="2026-11-08")),
    # why: SVC vs FUNDS — a clerk did mishandle the court notice, but what the writer objects
    # to is 8,600 taken from his account without his knowledge or act: money gone without the
    # customer's act (FUNDS).
    L("f7_court_deduction_hit_a_namesake", """明溪支行：
我叫王建国，在县城开修车铺。11月12日我手机收到短信，存折账户被“司法扣划”八千六百元。我从来没有跟人打过官司，也没有欠过谁的钱。
11月14日我去明溪支行问，才知道是外县法院来执行一个也叫王建国的人，欠人家货款。柜员说法院的协助执行通知书上有名字和身份证号，她们按通知办的。我要求看，身份证号后面四位跟我的不一样，前面也只是同一个地区。也就是说，你们光凭一个名字对上，就把我的钱划给了法院。
我现在要自己去外县法院讲清楚，人家说要走异议程序，两三个月都不一定能退回来。钱是从你们银行的账户里被划走的，我本人一不知情二没同意，你们怎么核对的？请支行马上跟法院联系，把我的八千六百块退回来，并说明这笔扣款是哪个人经手的。
王建国
13859073211
2026年11月15日""",
      T(complainant="王建国", phones=("13859073211",),
        dates=("2026-11-12", "2026-11-14", "2026-11-15"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-15")),
    L("f7_payroll_sheet_sent_to_wrong_wechat", """城东支行领导：
我是县里宏达服装厂的缝纫工李春梅。我们厂的工资是东门网点代发的。11月15号晚上，我一个在另一家公司做出纳的老同学发微信问我：“你们厂一个月就给你四千二？”我吓了一跳。她说东门网点的工作人员11月12日通过微信把一个表格发给了她，本来是要发给我们厂会计的，表里是我们全厂一百多个人的名字、身份证号、银行卡号、每个月发多少钱，她截了一张图给我看，我的名字就在里面。
她说她已经删了，可是谁知道还有没有转给别人。这几天我已经接到两个陌生电话，一开口就叫我全名，说我工资卡有异常要我配合操作，我没理。厂里好多姐妹都很担心。
请你们查清楚这个表到底发给了哪些人，怎么处理的，以后别再用微信传我们的东西。我们工人的身份证和卡号被人拿去了，出了事谁负责？
李春梅
手机号码：135 9983 0462
2026年11月18日""",
      T(complainant="李春梅", phones=("13599830462",),
        dates=("2026-11-15", "2026-11-12", "2026-11-18"),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-18")),
    L("f7_led_screen_names_big_depositor", """燕西那块红字大屏是谁让挂的？！11月20号起滚了三天“热烈祝贺我行尊贵客户郑永泉先生存入大额存单三百万元”，全名！现在全镇都知道我有钱，亲戚天天上门借钱，还有不认识的人打听我住哪。马上撤掉！当面道歉！
郑永泉 138-0598-6621""",
      T(complainant="郑永泉", phones=("13805986621",), dates=("--11-20",),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA, signed=None)),
    L("f7_debt_caller_posed_as_police", """信用卡中心：
我叫谢永斌，卡是在东门网点办的。今年生意不好，信用卡欠了一万八千多，逾期两个月了，这个钱我认，我也跟你们客服说了下个月先还五千。
11月24日下午有个人打我电话，一开口说“我是明溪县公安局经侦大队的”，说我恶意透支已经立案，这两天就要到我单位来抓人，叫我今天之内把钱全部还上才能撤案。晚上又发来一张“立案决定书”的图片，上面的公章歪歪扭扭。11月26日我老婆也接到同一个号码的电话，说我要坐牢，吓得她一晚上没睡。
我打电话去派出所问，人家说根本没有这回事。后来打你们客服，才承认是你们委托的外面公司打的。欠钱还钱是应该的，可冒充警察、吓唬我老婆，这是什么做法？请你们把这家公司的名字和那个人的工号告诉我，给我老婆道歉，以后不要再用这种办法。
谢永斌  电话：15880573926
我老婆陈丽 电话：15880574117
2026年11月28日""",
      T(complainant="谢永斌", phones=("15880573926", "15880574117"),
        dates=("2026-11-24", "2026-11-26", "2026-11-28"),
        units=("CARD", "CD"), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-28")),
    # why: FEE/FUNDS vs DEBT — the 800 yuan "visit fee" was squeezed out by the men sent to
    # chase an admitted overdue loan, with threats of the village loudspeaker: how an admitted
    # debt is chased (DEBT), not the level of a bank charge nor money gone without her act.
    L("f7_loan_chasers_demand_visit_fee", """列西分理处：
我是牛岭村曾福来的老婆赖金凤，我家老曾不识字，我替他写。前年我家在你们列西分理处贷了五万块农户贷款养鸭，今年夏天发大水，鸭棚冲了，有三个月没还上，这个我们认，正在想办法。
10月30日下午来了两个男的，说是你们分理处委托来要账的，进门就坐着不走，说要先交八百块“上门费”，给现金，不给就天天来，还要去村里喇叭上喊。我问有没有收据，他们说没有，这是规矩。我怕他们闹，把家里卖鸡蛋的八百块给了。
后来我问村里的人，说银行贷款哪有什么上门费。欠你们的钱我们会还，可是这八百块算什么？拿了钱也不给个凭据，还拿村里喇叭吓人。请你们查一下这两个人到底是不是你们派的，八百块要退给我们，以后有什么事跟我们好好讲。
赖金凤
电话 0598-2767301
2026年11月4日""",
      T(complainant="赖金凤", phones=("0598-2767301",), dates=("2026-10-30", "2026-11-04"),
        units=("LJ",), complained=("LJ",), business="债务催收", cause=DEBT,
        signed="2026-11-04")),
    L("f7_job_interview_result_never_given", """明溪县支行人事部门：
我叫彭思雨，今年7月大学毕业。9月底看到你们支行在县人社局网站上招聘大堂引导员（劳务派遣），我报了名，10月18日参加了笔试和面试。面试的时候说两周内出结果，会电话通知。
到现在一个多月过去了，没有任何通知。我打了支行办公室电话五六次，不是没人接，就是说“再等等”。后来听同一批考试的人说，岗位早就定了，是一个员工的亲戚。
我不知道这个说法是真是假，我只想知道我的成绩和结果。如果没有录取，也请给我一个明确的答复，我好去找别的工作。
彭思雨
联系方式：pengsiyu2026@163.com，手机 19959830712
2026年11月27日""",
      T(complainant="彭思雨", phones=("19959830712",), dates=("2026-10-18", "2026-11-27"),
        units=("MX",), complained=("MX",), business="其他", cause="其他",
        signed="2026-11-27")),
)
