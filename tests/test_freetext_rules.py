"""Table tests for the free-text rules (synthetic names only; no corpus files)."""

import pytest

from jubao_redact.freetext import rules

# fmt: off
PERSON_CASES = [  # text, expected [(start, end, cue)]
    ("王先生反映噪音扰民",            [(0, 1, "lexicon:先生")]),         # span = the name only
    ("请李女士留意回复",              [(1, 2, "lexicon:女士")]),
    ("欧阳女士说",                    [(0, 2, "lexicon:女士")]),         # compound surname
    ("市民钱女士说",                  [(2, 3, "lexicon:女士")]),
    ("马主任说",                      [(0, 1, "lexicon:主任")]),
    ("张某某承认偷排",                [(0, 1, "lexicon:某")]),
    ("司马某拒绝整改",                [(0, 2, "lexicon:某")]),
    ("小张，你好",                    [(1, 2, "lexicon:小")]),
    ("老刘说厂里晚上排污",            [(1, 2, "lexicon:老")]),
    ("姓名：赵一鸣",                  [(3, 6, "field:姓名")]),
    ("举报人：欧阳晓东，电话略",      [(4, 8, "field:举报人")]),
    ("联系人: 古丽娜",               [(5, 8, "field:联系人")]),          # colon field: no surname needed
    ("来电人孙立新反映",              [(3, 6, "field:来电人")]),
    ("我叫周小梅，家住镇上",          [(2, 5, "field:我叫")]),
    ("此致\n敬礼！\n钱文斌\n2024年3月1日", [(7, 10, "field:签名")]),    # signature at the end
    ("陈教授刚从现场回来",            [(0, 1, "lexicon:教授")]),         # news titles
    ("请转告林部长",                  [(3, 4, "lexicon:部长")]),
    ("吕老去了现场",                  [(0, 1, "lexicon:老")]),           # 胡老, 吕老: the surname
    ("胡老说，水变黑了",              [(0, 1, "lexicon:老")]),
    ("于某某拒绝整改",                [(0, 1, "lexicon:某")]),           # 于 is a surname here
    ("群众缪某某拨打12369",           [(2, 3, "lexicon:某")]),           # a rarer surname (jionlp's list)
    ("群众老欧拨打12369反映",         [(3, 4, "lexicon:老")]),           # after a role noun, before a verb
    ("来电人称怕被报复，不留全名，只说姓赖，是御景小区的住户。", [(17, 18, "lexicon:姓")]),  # a surname given alone
    ("经解释保密规定后称自己姓黄，让记就行", [(12, 13, "lexicon:姓")]),
    ("蓝天人家 07:17\n姓郑，电话18851418111", [(12, 13, "lexicon:姓")]),   # a chat line opened by 姓…
    ("姓名 Name: 尹 颖\nGender/性别: 女", [(9, 12, "field:Name")]),      # a bilingual form, a spaced name
    ("姓名：张  三\n",                 [(3, 7, "field:姓名")]),           # two-char name padded to a cell
    ("尊敬的罗荣：\n    您于5月反映的问题收悉。", [(3, 5, "field:addressee")]),  # a reply to one person
    ("尊敬的罗荣女士：\n",             [(3, 5, "field:addressee")]),
    ("我真名姜楠，网名是瞎起的",        [(3, 5, "field:我真名")]),
    ("投诉人称孩子小玉在实验小学上学",  [(6, 8, "field:孩子")]),           # the writer's child
    ("称孩子建军在三中读书",            [(3, 5, "field:孩子")]),
    # unseen5-b, opened at stop 13 (2026-12-02): a Latin name in a bilingual form's name field,
    # 老X after a cue, the person an agency's SMS greets, 感谢/市民 before a surname and a title
    ("Reporter / 举报人: Mr. Huang\n",  [(16, 25, "field:举报人")]),
    ("举报人: Wang (王丹丹)\n",          [(5, 9, "field:举报人")]),
    ("二、负责与信访人老鞠沟通；",        [(9, 10, "field:信访人")]),      # the surname, as for 老X
    ("内容：【某市生态环境局】郭博您好！您于8月举报的问题经查属实", [(12, 14, "field:greeting")]),
    ("    感谢陶先生对环保工作的支持！",  [(6, 7, "lexicon:先生")]),      # 谢 is a surname too
    ("近日，接热心市民和先生举报",        [(8, 9, "lexicon:先生")]),      # 和 the surname, not the word
    # unseen6-a (looked at, stop 13): 说老X, 我是X的小Y, a body's officers, a shared card
    ("接电话的是其儿子，说老任在新乡市中天物流有限公司值班。", [(11, 12, "lexicon:老")]),
    ("我是富民苑的小傅，检测的人一走又开工", [(7, 8, "field:我是")]),
    ("金色新村业主委员会（盖章）\n主任:初彬    联系电话:13169653440\n", [(17, 19, "field:主任")]),
    ("13:26 我：[个人名片] 栗畅  手机 13554544176", [(15, 17, "field:名片]")]),
    ("来电人：我姓南，南明。",            [(6, 7, "lexicon:姓"), (8, 10, "lexicon:姓")]),   # the surname, then the name
    ("来电人：你就写老舒吧。",            [(8, 9, "lexicon:老")]),        # 舒 is also a word: 写 says a name follows
    ("市民老农（(+86)17698728000）所述",   [(3, 4, "lexicon:老")]),
    ("接电话的是来电人老伴，自称农飞，说人在上班", [(13, 15, "field:自称")]),
    # a name right before a phone, in any kind of record (not already read by another rule)
    ("王龙  手机 18031956736\n1. 陈刚  15972393268\n",
     [(0, 2, "field:phone-owner"), (22, 24, "field:list")]),
    ("黄利，电话19925543524",            [(0, 2, "field:phone-owner")]),
    ("李玉梅15812345678",                [(0, 3, "field:phone-owner")]),
    # unseen6-b (opened at stop 13): a surname told to the writer, a masked payee, a grid
    # event's source, the caller's kin who takes the phone (the kin label before 来电人), a deputy
    ("说“你姓张的别以为我不知道”",       [(4, 5, "lexicon:姓")]),
    ("收款人:*楠\n",                     [(4, 6, "field:收款人")]),
    ("反映群众：桑鹏，住伊川县",          [(5, 7, "field:反映群众")]),
    ("来电人孙子：衡波，手机",            [(6, 8, "field:来电人孙子")]),   # not 孙子 as a name
    ("领衔代表：马阳    代表单位：安阳市供电公司", [(5, 7, "field:领衔代表")]),
    ("我电话159 8384 1851，徐。",       [(17, 18, "field:phone-sign")]),    # a surname signing off
    ("诉求人：刘建国\n诉求电话：138",    [(4, 7, "field:诉求人")]),         # a 12345 工单's complainer
    ("我家孩子小博（13岁）在新星双语学校上学", [(4, 6, "field:孩子")]),      # the child, then the age
    ("来电人称其祖屋由老伴柳斌居住。",  [(10, 12, "field:老伴")]),          # a record's 其/由 + kin
    ("附件:\n  1. 江玉兰_身份证正面.jpg",  [(9, 12, "field:file")]),         # a name in a file name
    ("上传：刘阳-户口本.png",           [(3, 5, "field:file")]),
    ("免贵姓杨，你就记小杨吧。",        [(3, 4, "lexicon:姓"), (9, 10, "lexicon:小")]),  # 记小杨
    ("叫我小杨就行",                    [(3, 4, "lexicon:小")]),
    ("    附：联名群众名单\n    1. 陈刚  15972393268\n    2. 胥帅  18934238010\n",
     [(20, 22, "field:list"), (43, 45, "field:list")]),                  # numbered co-signers
    ("来信人老聂：你好",              [(4, 5, "lexicon:老"), (4, 5, "field:来信人")]),  # the cue's too
    ("来信人门某：你好",              [(3, 4, "lexicon:某")]),           # any surname after a person noun
    ("群众麻某某拨打12369",           [(2, 3, "lexicon:某")]),
    ("举报者：欧阳晓东",              [(4, 8, "field:举报者")]),         # the label written with 者
    ("投诉者\t兰阳\t回电号码",       [(4, 6, "field:投诉者")]),         # a tab cell after the label: any surname
    ("来电人\t欧阳晓东\n",            [(4, 8, "field:来电人")]),
    ("举报者王*反映噪声",             [(3, 5, "lexicon:mask")]),         # masked names of notices
    ("1 | 纪×× | 新乡某厂",           [(4, 7, "lexicon:mask")]),
    ("举报者\t李X\t联系手机",         [(4, 6, "lexicon:mask")]),
    ("举报者\t李**\t联系手机",        [(4, 7, "lexicon:mask")]),
    ("群众欧阳**反映",                [(2, 6, "lexicon:mask")]),         # compound surname, after a person noun
    ("孙○○（手机略）",               [(0, 3, "lexicon:mask")]),
    ("举报人张*芳（手机156*****084）", [(3, 6, "lexicon:mask")]),       # the given name's last char left visible
    ("网友： 罗×平    留言时间",        [(4, 7, "lexicon:mask")]),
    ("宋*、陈*香等2人举报",            [(0, 2, "lexicon:mask"), (3, 6, "lexicon:mask")]),  # 等 is no given name
    ("新环信受字（2020）195号\n杨梅、祖雷：\n    你于",  [(16, 18, "field:addressee"), (19, 21, "field:addressee")]),  # a notice served on two people
    ("栗刚同志、张俊同志：\n",        [(0, 2, "field:addressee"), (5, 7, "field:addressee")]),
    ("留言人：李岩\n性别：男",          [(4, 6, "field:留言人")]),          # a message board's poster field
    ("我奶奶黄金凤一个人住在后城关村",  [(3, 6, "field:奶奶")]),           # a relative named with the writer
    ("我老邻居兰佳今年78岁",            [(4, 6, "field:老邻居")]),
    ("我爱人张伟电话13812345678",       [(3, 5, "field:爱人")]),
    ("来电人自称姓侯，在该厂上夜班",    [(6, 7, "lexicon:姓")]),           # 自称姓X: the surname alone
    ("网友：静水    留言时间",          [(3, 5, "field:网友")]),            # a short Han nickname there: removed as a name
    ("免贵姓张，是附近的村民",         [(3, 4, "lexicon:姓")]),           # a surname given alone
    ("本人姓欧阳，家住镇上",           [(3, 5, "lexicon:姓")]),
    ("我姓王名建国",                  [(2, 3, "lexicon:姓")]),
    ("举 报 人:王秀英\n",              [(6, 9, "field:举报人")]),         # a spaced label (folded: the colon is ASCII)
    ("姓  名: 兰阳\n",                 [(6, 8, "field:姓名")]),          # any surname after a field's colon
    ("是附近的村民，姓张。",           [(8, 9, "lexicon:姓")]),           # …，姓张: the clause is about the writer
]
PERSON_NEGATIVE = [
    "举报人：Anonymous\n",   # why: a Latin word that withholds the name is no name
    "举报人：老家在村里",     # why: 老家 is a word, not 老 + a surname
    "举报人：小区门口",       # why: 小区 is a word, not 小 + a surname
    "来电人：一刮南风，整个村都是味",   # why: a transcript's speech after the label; no name starts with 一
    "叫小区门口的人",                   # why: 小区 is a word, whatever 叫 says
    "拨打13812345678",                  # why: the verb before a number is no name
    "厂长王强13912345678",              # why: a run of four is not read whole (the model reads 王强)
    "委会主任商量过，决定承办",          # why: 主任 gives a name only as a field (主任：X)
    "来电人：打幺五六九三九四幺四三四，这个是家里的。",  # why: a number read out after a verb, not a name
    "给老师打电话",          # why: 师 is an everyday word, never a 老X surname
    "高新区、金水区：\n",     # why: an addressee line of districts, not of people
    "有网友反映该厂排污",     # why: 网友 without a colon needs a surname after it; 反 is none
    "我父亲和我都在厂里",     # why: 和 after a kin word is the preposition, not the surname
    "我母亲说厂里冒烟",       # why: 说 is no surname
    "我爱人高兴地说",         # why: 高兴地 is an adverb, not a name
    "各区县、开发区：\n",     # why: 各 and 开 start no name here (各 is no surname; 区 ends a place)
    "是老实人",              # why: 实 is not a surname
    "跟老百姓说",            # why: 百 is not a surname in our list
    "两人老是吵",            # why: 是 is not a surname
    "村民们某天看见",        # why: 们 is a plural suffix and 某天 is "one day"
    "有人某日来过",          # why: 某日 is "one day", whatever precedes it
    "本人住址不便公开",      # why: 本人 is followed by 住址, not a name
    "小区门口堆满垃圾",      # why: 区 is not used as a 小X surname
    "老百姓意见很大",        # why: 百 is not a surname in our list
    "举报人称该厂夜间排污",  # why: no colon and 称 is not a surname
    "以下举报人符合奖励条件",  # why: no colon, and 符合奖 runs on into 励: a word, not a name
    "一万元罚款",            # why: amounts are not names
    "我是附近的居民",        # why: 我是 needs a surname after it
    "小时候这里水很清",      # why: 时 is an ambiguous surname, excluded from 小X
    "全市长期坚持整治",      # why: 全 is an everyday word, not used with official titles
    "李赋宁先生还健在",      # why: 宁 ends a full name; the model, not the title rule, finds it
    "鉴于某些原因",          # why: 于 before 某些 is a preposition, not a surname
    "对于某种气味",          # why: same, 于某种
    "他担任董事长多年",      # why: 任 in 担任 is a verb, not a surname
    "五任县长都没管",        # why: 任 after a number counts terms
    "古老的村庄被污染",      # why: 古 is not a surname; 古老 is a word
    "我是安徽省的村民",      # why: 我是 + a province is a place, not a name
    "举报人\t联系电话\t地址",   # why: a header row: the next cell is another column's label
    "举报人\t身份证号\n",       # why: same, a label cell ending like a label (号)
    "举报人\t匿名\t",           # why: a withheld name is no name
    "拍了X光片",             # why: X光 is an X-ray, not a masked name
    "大王*号",               # why: 王 inside a word (大王) is no surname
    "常X值偏高",             # why: 常 is an everyday word before an X
    "二○二二年三月",         # why: ○ as a zero in a date, after no surname
    "手机138****5678",       # why: a masked number is not a masked name
    "百家姓王字排第八",      # why: no person before 姓
    "他姓什么不知道",        # why: 什 is no surname
    "同姓王的人很多",        # why: 同姓 is "the same surname", not a person's
    "联 系 电 话:13937112345", # why: a spaced label of another field
    "举 报 人 符合条件",      # why: a spaced label needs its colon
    "署名：一个老党员",      # why: the writer described, not named
    "老百姓的心声",          # why: 百姓 is the people, no surname is given
    "孩子每天在家咳嗽",      # why: 每天 is an adverb, not the child's name
    "尊敬的各位领导：",      # why: no surname opens 各位
    "尊敬的环保局：",        # why: an agency is addressed
    "1. 加强监管  2023年完成",  # why: a numbered item of a plan, no surname, no phone
    "姓名：张 三丰公司",     # why: the spaced run goes on into a word
    "我电话13812345678，谢谢。",  # why: 谢谢 is thanks, not a surname signing off
    "来电人：幺三拐，五洞三拐",  # why: a transcript's caller reads a number out (幺 1, 拐 7, 洞 0)
    "来电人：喂，我要反映",      # why: a transcript's turn, speech after the label
    "排污视频_永兴公司.mp4",    # why: a file name with no document word after the separator
]
DEMOGRAPHIC_CASES = [
    ("张某，男，58岁，汉族",   [(3, 4), (5, 8), (9, 11)]),
    ("一名七十八岁的退伍老兵", [(2, 6)]),
    ("性别：女",               [(3, 4)]),   # a field: the value alone
    ("【性 别】男\n【年龄】57",  [(5, 6), (11, 13)]),  # padded and bracketed labels
    ("年龄\n63\n手机号",         [(3, 5)]),   # the value on the next line
    ("1966年3月出生",         [(0, 9)]),
]
DEMOGRAPHIC_NEGATIVE = [
    "男厕所旁边的排污口",    # why: 男 followed by a han char is part of a word
    "水族馆附近有异味",      # why: 水族馆 is a place, not an ethnicity
    "管城回族区分局来电",    # why: 管城回族区 is a district's name
]
# fmt: on


@pytest.mark.parametrize("text,expected", PERSON_CASES)
def test_person_rules(text, expected):
    got = sorted({(s, e, cue) for s, e, _, _, cue in rules.person_rules(text)})
    assert got == sorted(expected)


@pytest.mark.parametrize("text", PERSON_NEGATIVE)
def test_person_rules_negative(text):
    assert rules.person_rules(text) == []


@pytest.mark.parametrize("text,expected", DEMOGRAPHIC_CASES)
def test_demographic(text, expected):
    assert [(s, e) for s, e, *_ in rules.demographic_rules(text)] == expected


@pytest.mark.parametrize("text", DEMOGRAPHIC_NEGATIVE)
def test_demographic_negative(text):
    assert rules.demographic_rules(text) == []


def test_workplace_needs_an_org_at_the_cue():
    text = "我在恒达化工有限公司上班"
    assert rules.workplace_rules(text, [(2, 10)]) == [(2, 10)]
    assert rules.workplace_rules(text, []) == []


# fmt: off
NAME_CUES = [  # text, positions right after an office or role word
    ("德国总理柯海说",     [4]),      # 总理 then a han char
    ("村民徐洋反映",       [2]),
    ("厂长张某拒不整改",   [2]),
]
NAME_CUES_NEGATIVE = [
    "总理。",               # why: no han char follows, no name can start there
    "工厂排污严重",         # why: no office or role word
]
# fmt: on


@pytest.mark.parametrize("text,expected", NAME_CUES)
def test_name_cue_positions(text, expected):
    assert rules.name_cue_positions(text) == expected


@pytest.mark.parametrize("text", NAME_CUES_NEGATIVE)
def test_name_cue_positions_negative(text):
    assert rules.name_cue_positions(text) == []


# fmt: off
RESIDENCE_CASES = [  # text, expected [(start, end, label, cue)]; the text is the folded view
    # unseen5-b, opened at stop 13: a 接龙 roster (its cells: a dwelling, a village group and
    # house, a named place, a house number; the names), a dwelling alone, an English home field,
    # a group named 邻里互助群, asked where the poster lives, the place of visitors, a law firm
    ("1. 24号楼1单元1603室 马秀芳 18008113856\n2. 12组27号 黄文 18132604041\n3. 李秀芳 4组93号\n"
     "4. 后东赵村 周凤英 18122661397\n5. 54号 陈小红 13650173406\n",
     [(3, 15, "CN_ADDRESS", "field:roster"), (3, 15, "CN_ADDRESS", "rule:dwelling"),
      (16, 19, "PERSON", "field:roster"), (35, 41, "CN_ADDRESS", "field:roster"),
      (42, 44, "PERSON", "field:roster"), (60, 63, "PERSON", "field:roster"),
      (64, 69, "CN_ADDRESS", "field:roster"), (73, 77, "CN_ADDRESS", "field:roster"),
      (78, 81, "PERSON", "field:roster"), (97, 100, "CN_ADDRESS", "field:roster"),
      (101, 104, "PERSON", "field:roster")]),
    # why: a numbered list without a phone is no roster (only the dwelling's own shape counts)
    ("1. 24号楼1单元1603室 开会\n2. 12组27号 学习\n", [(3, 15, "CN_ADDRESS", "rule:dwelling")]),
    ("我家住3号楼2单元501，天天闻到臭味", [(3, 12, "CN_ADDRESS", "rule:dwelling")]),
    ("Home: 伊川县柳林镇东杨庄村55号\nIP: 27.156.22.104", [(6, 19, "CN_ADDRESS", "field:residence")]),
    ("幸福家园邻里互助群\n", [(0, 4, "CN_ADDRESS", "rule:residence")]),
    ("5楼 @海阔：楼主是不是怡和苑的？\n", [(12, 15, "CN_ADDRESS", "rule:residence")]),
    ("    会议听取了书香家园贾杨等9人多次来访反映",
     [(9, 13, "CN_ADDRESS", "rule:residence"), (13, 15, "PERSON", "rule:resident")]),
    ("会议听取了白沙镇小北岗村居民马某多次来访反映",   # the place starts after the verb
     [(5, 12, "CN_ADDRESS", "rule:residence"), (14, 16, "PERSON", "rule:resident")]),
    ("焦作海纳律师事务所接受北岗镇东柳林村村民马军的委托",
     [(0, 9, "ORGANIZATION", "rule:law-firm"), (11, 18, "CN_ADDRESS", "rule:residence")]),
    # unseen6-a: where a smell reaches, a villagers' group and an owners' committee, a waybill
    ("一刮南风，整个幸福家园都是一股焦糊味", [(7, 11, "CN_ADDRESS", "rule:residence")]),
    ("大孟庄村村民小组（盖章）\n", [(0, 8, "ORGANIZATION", "rule:body")]),
    ("我们是康桥家园业主委员会，代表全体业主", [(3, 12, "ORGANIZATION", "rule:body")]),
    # unseen6-b: who the plant's man suspects, the place the boss names, X的群众, 同小区，X
    ("我估计是御景苑那边的。", [(4, 7, "CN_ADDRESS", "rule:residence")]),
    ("说“绿城名城就你家事多”", [(2, 6, "CN_ADDRESS", "rule:residence")]),
    ("    我在走访选民时，康桥新村的群众普遍反映：厂里", [(12, 16, "CN_ADDRESS", "rule:residence")]),
    ("| 通讯地址 | 同小区，幸福家园 |\n", [(13, 17, "CN_ADDRESS", "field:residence")]),
    ("寄件地址:成都市锦江区黄河路205号绿城名城14号楼4单元604室\n",
     [(5, 33, "CN_ADDRESS", "field:residence"), (22, 33, "CN_ADDRESS", "rule:dwelling")]),
    ("近日，马村区盛世家园群众黄楠通过12369反映",
     [(3, 10, "CN_ADDRESS", "rule:residence"), (12, 14, "PERSON", "rule:resident")]),   # place, 群众, name, act
    ("1\t某公司\t怡和嘉园群众反映“窗户都不敢开”", [(6, 10, "CN_ADDRESS", "rule:residence")]),  # a notice's cell
    ("群聊：南海区碧水花园业主群（97人）", [(3, 10, "CN_ADDRESS", "rule:residence")]),     # an owners' group's name
    ("消息对象:金色新村业主群\n",           [(5, 9, "CN_ADDRESS", "rule:residence")]),
    ("本人陆雷，供电公司职工，住和谐花园。", [(13, 17, "CN_ADDRESS", "rule:residence")]),  # 住 + a compound
    ("我是安阳县馨苑小区的，叫武桂花。",     [(2, 9, "CN_ADDRESS", "rule:residence")]),    # 我是…的
    ("所在村组\t王村镇北高庙村\t是否保密\t是\n", [(5, 12, "CN_ADDRESS", "field:residence")]),  # a residence field's cell
    ("居住小区：翠竹家属院；联系电话：略",   [(5, 10, "CN_ADDRESS", "field:residence")]),
    ("所在村（社区）:东风社区\n",            [(8, 12, "CN_ADDRESS", "field:residence")]),
    ("锦绣花园群众多次反映",               [(0, 4, "CN_ADDRESS", "rule:residence")]),    # no name after 群众
    ("我家就在锦绣花园，离厂子不到100米",   [(4, 8, "CN_ADDRESS", "rule:residence")]),
    ("我们小区（御景花园）就在厂子后面",     [(5, 9, "CN_ADDRESS", "rule:residence")]),    # named in brackets
    ("我们村（前王村）的人都闻到了",         [(4, 7, "CN_ADDRESS", "rule:residence")]),
    ("写信的是锦绣花园的袁健",             [(4, 8, "CN_ADDRESS", "rule:residence")]),
    ("我是住在前王村的村民",               [(4, 7, "CN_ADDRESS", "rule:residence")]),    # 住在 is not the place
    ("只说姓赖，是新郑市御景小区的住户。",   [(6, 13, "CN_ADDRESS", "rule:residence")]),  # 是…的住户
    ("您住的小石佛村离该企业较近",          [(3, 7, "CN_ADDRESS", "rule:residence")]),   # a reply to the reporter
    ("您家住的金色新村",                    [(4, 8, "CN_ADDRESS", "rule:residence")]),
    ("这个……我叫黄杰，锦绣家园的。",        [(9, 13, "CN_ADDRESS", "rule:residence")]),   # name, then 家园的
    ("来电人称其祖屋在辉县市杨庄镇小古城村，", [(8, 18, "CN_ADDRESS", "rule:residence")]),  # 祖屋在
    ("孩子在三水区第六幼儿园上六年级",      [(3, 11, "ORGANIZATION", "rule:child-school")]),  # the child's school
    ("我家孩子小博（13岁）在新星双语学校上学", [(12, 18, "ORGANIZATION", "rule:child-school")]),
]
RESIDENCE_NEGATIVE = [
    "第3组共15号样品",       # why: a group and a number that are no house (no roster, no 组N号 shape)
    "本村的村民反映",        # why: 本村 names no village, with 的 before 村民 too
    "| 住址 | / |\n",          # why: a table cell left empty
    "以下为小区业主群截图文字：",  # why: 小区 with no name before it is the word, not a place
    "本村村民反映",                # why: 本村 names no village
    "锦绣花园居民委员会",          # why: 居民委员会 is an office, not residents
    "东风村村民委员会主任",        # why: same, 村民委员会
    "该厂周边村庄群众反映",        # why: 村庄 is an everyday word
    "附近群众多次反映",            # why: 附近 is no place's name
    "我住院了",                    # why: 住院 is "in hospital", no place follows 住
    "家庭住址：无\n",              # why: an empty field
    "地址：工业园区88号\n",        # why: 地址 alone is the site's field in complaint forms
    "我们小区（二期）停水了",        # why: 二期 is no place's name
    "写信的是附近的人",            # why: 附近 names no place
    "他是附近的住户",              # why: 附近 names no place
    "是该小区的业主",              # why: 该小区 points back, it names no place
    "我是王强，附近的。",          # why: 附近 names no place
    "孩子们在学校上课",            # why: 学校 alone names no school
]
SIGNATURE_CASES = [  # the last lines of a letter
    ("此致\n敬礼\n          薛店镇西城关村 李建华\n          2022/7/16\n",
     [(16, 23, "CN_ADDRESS"), (24, 27, "PERSON")]),                 # place, then name, then a date line
    ("保密。\n          常亮（鑫源建筑工程有限公司）\n          2023/5/1\n",
     [(14, 16, "PERSON"), (17, 27, "CN_WORKPLACE")]),               # the unit in brackets after the name
    ("保密。\n          馨苑小区 武桂花\n          7月3日\n", [(14, 18, "CN_ADDRESS"), (19, 22, "PERSON")]),
    ("希望早日处理。\n李建华",                       [(8, 11, "PERSON")]),   # the name alone, no date line
]
SIGNATURE_NEGATIVE = [
    "请领导一定替我保密。\n此致\n敬礼\n",              # why: 敬礼 is no name
    "接听人\t陈春梅\t审核\t陈秀兰\n",                 # why: a table row, not a signature line
    "此致\n          周边居民 联名\n          2024/5/13\n",  # why: 联名 starts with no surname
]
# fmt: on


@pytest.mark.parametrize("text,expected", RESIDENCE_CASES)
def test_residence_rules(text, expected):
    assert sorted((s, e, lab, cue) for s, e, lab, _, cue in rules.residence_rules(text)) == sorted(expected)


@pytest.mark.parametrize("text", RESIDENCE_NEGATIVE)
def test_residence_rules_negative(text):
    # no place anyone lives in (a committee is read as the body it is: an ORGANIZATION)
    assert [s for s in rules.residence_rules(text) if s[2] != "ORGANIZATION"] == []


@pytest.mark.parametrize("text,expected", SIGNATURE_CASES)
def test_signature_rules(text, expected):
    assert sorted((s, e, lab) for s, e, lab, _, _ in rules.signature_rules(text)) == sorted(expected)


@pytest.mark.parametrize("text", SIGNATURE_NEGATIVE)
def test_signature_rules_negative(text):
    assert rules.signature_rules(text) == []


# fmt: off
TABLE_CASES = [  # text, expected PERSON spans (start, end) under a person column
    ("序号\t污染类型\t举报人及联系方式\t调度等级\n1\t噪声\t韦英 183 8555 6337\t重点\n2\t大气\t陈林/16608817279\t一般\n",
     [(27, 29), (52, 54)]),                                              # a name sharing its cell with its phone
    ("序号 | 举报者 | 被举报单位 | 奖励金额\n1 | 党婷 | 新乡顺发制药厂 | 2万\n2 | 张*（手机198****2754） | 某厂 | 1万\n",
     [(28, 30), (50, 52)]),                           # bars; any surname; a masked name before its bracket
    ("序号\t举报人\t被举报单位\n1\t兰阳\t新乡顺发制药厂\n", [(15, 17)]),   # tabs
    ("| 举报人 | 联系电话 | 住址 |\n| 孙丽 | 13712345678 | 前王村 |\n", [(22, 24)]),
]
TABLE_NEGATIVE = [
    "举报人\t联系电话\n匿名\t略\n",                  # why: a withheld name
    "| 姓名 | 单位 |\n| 新乡顺发制药厂 | 某 |\n",      # why: seven characters are no name
    "| 举报人 | 电话 |\n| 孙丽 | 137 | 多一列 |\n",   # why: a row of another width is not this table's
    "举报人：孙丽\n",                                # why: no table
    "| 举报人 | 熊杰 |\n| 是否保密 | 是 |\n",           # why: a key-value table: 举报人 is a row's label, not a column's
    "| 举报人 | 熊杰 | 性别 | 男 |\n| 联系电话 | 略 | 民族 | 汉 |\n",  # why: same, two pairs a row
]
# fmt: on


@pytest.mark.parametrize("text,expected", TABLE_CASES)
def test_table_name_cells(text, expected):
    assert [(s, e) for s, e, *_ in rules.table_name_cells(text)] == expected


@pytest.mark.parametrize("text", TABLE_NEGATIVE)
def test_table_name_cells_negative(text):
    assert rules.table_name_cells(text) == []

# An address written over two lines of a form: address-part labels, then as many values.
ADDRESS_CELLS = [
    ('04 单位所在地\n    乡（镇）\t街（村）、门牌号\n    古城镇\t东北岗村东头\n05 联系方式', [(31, 34), (35, 41)]),
    ('04 单位所在地\n    乡(镇)\t街(村)、门牌号\n    产业集聚区\t胜利街343号\n', [(31, 36), (37, 44)]),   # folded brackets; any value shape
    ('    乡（镇）\t街（村）、门牌号\n    古城镇\n', []),   # why: one value under two labels is not that header's row
]


@pytest.mark.parametrize("text,expected", ADDRESS_CELLS)
def test_address_cells(text, expected):
    assert [(s, e) for s, e, *_ in rules.address_cells(text)] == expected
