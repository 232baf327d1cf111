"""Word lists for companies, institutions, nicknames and complaint vocabulary.

All invented or generic: no list here names a real enterprise or person. Company and
institution names are composed from these parts by ``cast.py``.
"""

from __future__ import annotations

TRADE_NAMES = (
    "豫丰", "鑫源", "恒达", "宏盛", "华康", "金鹏", "瑞通", "中天", "永兴", "新宇", "天润",
    "博远", "隆盛", "鼎鑫", "泰和", "汇丰源", "佳美", "盛达", "昌隆", "众诚", "兴旺", "长青",
    "丰泽", "恒瑞", "广源", "聚鑫", "顺发", "开元", "久安", "利民",
)
INDUSTRIES = (
    ("化工", "化学原料和化学制品制造业"), ("建材", "非金属矿物制品业"),
    ("铝业", "有色金属冶炼和压延加工业"), ("塑料制品", "橡胶和塑料制品业"),
    ("再生资源", "废弃资源综合利用业"), ("商品混凝土", "非金属矿物制品业"),
    ("石材加工", "非金属矿物制品业"), ("家具", "家具制造业"), ("印染", "纺织业"),
    ("电镀", "金属制品业"), ("养殖", "畜牧业"), ("铸造", "金属制品业"),
    ("耐火材料", "非金属矿物制品业"), ("造纸", "造纸和纸制品业"), ("皮革", "皮革、毛皮、羽毛及其制品和制鞋业"),
    ("食品", "农副食品加工业"), ("汽车维修", "机动车、电子产品和日用产品修理业"),
    ("砖瓦", "非金属矿物制品业"), ("沥青搅拌", "非金属矿物制品业"), ("制药", "医药制造业"),
)
COMPANY_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "厂", "有限公司", "专业合作社")
INFORMAL_SITES = ("塑料颗粒厂", "小作坊", "洗沙场", "废品收购站", "砖窑", "养猪场", "石料厂", "小电镀厂")

EMPLOYER_PATTERNS = (
    "{city}第{n}中学", "{city}第{n}人民医院", "{trade}{ind}有限公司", "{district}{town}镇卫生院",
    "{city}{trade}物流有限公司", "{district}实验小学", "{city}{trade}超市", "{district}农村信用合作社",
    "{city}供电公司", "{trade}建筑工程有限公司",
)
PUBLIC_PATTERNS = (
    "{district}第{n}小学", "{town}镇中心小学", "{district}人民医院", "{town}镇卫生院",
    "{district}实验中学", "{town}幼儿园", "{district}中医院", "{town}村委会",
)

NICK_HEADS = (
    "青山", "绿水", "清风", "明月", "蓝天", "守护", "家园", "老兵", "小草", "阳光", "晨曦",
    "静水", "山鹰", "麦田", "向日葵", "白云", "海阔", "星辰", "平安", "知足",
)
NICK_TAILS = ("", "常在", "依旧", "爱家乡", "卫士", "随风", "一号", "小队", "守望者", "人家")

ETHNICITIES = ("汉族",) * 12 + ("回族", "满族", "蒙古族", "壮族", "土家族")

EMAIL_DOMAINS = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "139.com", "yeah.net")
