"""Traditional characters read as their simplified forms, character for character.

A customer from Hong Kong, Macao or Taiwan (or one whose phone is set to traditional input)
writes 城關分理處 for 城关分理处 and 陳志遠 for 陈志远; the units directory, the surname table
and every reader's words are simplified. The readers see the simplified text; positions stay
those of the original (one character for one), so what they quote is what the customer wrote.

Only characters with one simplified form are listed (the common ones of names, places, banking
and complaints); a character that is also a simplified character of its own (乾, 著, 徵, 藉 …)
is left alone.
"""

from __future__ import annotations

_PAIRS = (
    "關关處处區区縣县們们門门內内銀银櫃柜員员務务費费戶户號号電电話话體体廳厅營营業业點点網网東东興兴華华"
    "陳陈鄭郑劉刘龍龙車车長长開开蘭兰麗丽樓楼鎮镇鄉乡莊庄園园灣湾億亿廣广嶺岭寧宁雲云濱滨橋桥灘滩島岛鳳凤"
    "陽阳連连遠远達达運运過过還还進进這这違违貸贷儲储財财險险個个際际國国總总會会計计辦办導导領领監监審审"
    "經经濟济對对與与為为無无後后來来將将並并從从給给讓让說说請请問问題题應应該该時时間间現现實实發发態态"
    "惡恶維维護护統统幣币兌兑換换匯汇賬账單单據据簽签證证頁页項项類类級级擊击積积極极許许設设記记訪访錢钱"
    "鐘钟錯错鎖锁鍵键補补襯衬裝装製制複复雜杂難难顧顾預预領领頭头顯显類类養养餘余館馆騙骗驗验買买賣卖貴贵"
    "賠赔質质購购贈赠貨货賺赚資资責责負负帳帐傳传備备價价僅仅優优儘尽兒儿亞亚產产親亲覺觉觀观規规視视氣气"
    "綜综燈灯爭争災灾熱热義义聽听聯联職职聲声肅肃脅胁腦脑萬万葉叶蘇苏藥药蟲虫衛卫術术誤误誠诚談谈調调論论諮咨"
    "謝谢識识護护讀读變变豐丰貝贝負负貼贴賀贺資资趕赶躍跃軟软輕轻輛辆輸输轉转辦办邊边遲迟適适選选遺遗郵邮"
    "鄰邻醫医釋释鈔钞鋪铺錄录鍾钟鎊镑長长閉闭開开閒闲間间閱阅闆板阿阿陸陆隊队際际隨随險险隱隐雙双雞鸡離离"
    "難难電电靜静韓韩頁页順顺須须領领頻频額额顏颜風风飛飞飯饭飲饮馬马騎骑驚惊體体髮发鬧闹魚鱼鳥鸟鹽盐麥麦"
    "黃黄齊齐齒齿齡龄龜龟學学實实寫写審审寶宝將将專专尋寻對对導导屆届屬属岡冈峽峡幫帮庫库廠厂廢废彈弹徑径"
    "從从恆恒惱恼愛爱憂忧懷怀戲戏戰战擁拥擔担據据擇择擾扰攔拦敗败敵敌數数斷断暫暂曆历書书朧胧條条極极"
    "構构槍枪樣样橫横檢检權权歡欢歲岁歷历殘残殺杀氫氢決决況况淚泪淺浅滿满漢汉潔洁潛潜濕湿為为烏乌無无煙烟"
    "營营爾尔牆墙獎奖獲获現现環环瑪玛產产畫画異异當当疊叠療疗發发盡尽監监盤盘碼码確确禮礼禍祸稅税種种穩稳"
    "窮穷竊窃筆笔築筑簡简糧粮紀纪約约紅红級级紙纸紛纷組组細细終终結结絕绝給给絡络統统絲丝綁绑經经綠绿維维"
    "網网緊紧線线練练縮缩績绩總总繳缴織织繼继續续罰罚羅罗義义習习聞闻聯联聰聪肅肃脫脱腳脚臉脸與与舉举舊旧"
    "艙舱蘋苹蝕蚀補补襲袭覽览觸触訂订訊讯託托記记訴诉詐诈評评詞词試试詳详誌志認认誤误說说課课誰谁請请諾诺"
    "謀谋講讲謹谨證证議议護护讓让貪贪貼贴費费資资賃赁賓宾賬账賴赖購购贊赞趙赵跡迹軍军較较載载輔辅輪轮農农"
    "週周進进過过達达違违遞递遠远適适遲迟鄧邓鄒邹醜丑釘钉針针鈴铃鉅巨銅铜銷销鋼钢錶表鍋锅鎮镇鏈链鐵铁閃闪"
    "陰阴陣阵陝陕隸隶雖虽雜杂霧雾響响頂顶項项順顺預预頓顿頒颁頗颇領领頸颈頻频顆颗題题顏颜願愿類类顧顾飄飘"
    "飽饱餓饿館馆騰腾驅驱驗验鬆松鬥斗魯鲁鮮鲜鳳凤鴻鸿鵬鹏麗丽龐庞嚴严團团園园圍围圖图圓圆聖圣壓压壞坏壯壮"
    "壺壶壽寿夢梦夠够奪夺奮奋婦妇媽妈孫孙寧宁寵宠寬宽層层岳岳嶼屿幣币幹干廳厅張张強强彎弯彙汇徹彻恥耻悅悦"
    "惡恶態态慘惨慣惯憑凭懇恳戶户掃扫掛挂採采揚扬換换損损搖摇撥拨擴扩攝摄敘叙斬斩時时晉晋暢畅會会東东樂乐"
    "標标機机歐欧殼壳氣气沒没溝沟滅灭滬沪漁渔潤润濃浓瀏浏灣湾燒烧爐炉狀状獨独玀猡琺珐瑣琐"
)
_TABLE = str.maketrans({trad: simp for trad, simp in zip(_PAIRS[::2], _PAIRS[1::2]) if trad != simp})


def simplified(text: str) -> str:
    """`text` with each listed traditional character replaced by its simplified form (same length)."""
    return text.translate(_TABLE)
