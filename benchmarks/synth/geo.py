"""Real place names and codes used to build synthetic addresses, IDs, plates and phones.

Places are public geography (not personal data). Region codes are the GB/T 2260 codes
(checked against python-stdnum's ``cn/loc`` table by tests/test_synth.py), so that an
18-digit ID card built from them passes ``stdnum.cn.ric.validate``. Henan is weighted up
because the confidentiality rules the library implements are Henan's.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    """A prefecture-level city with what numbers and plates issued there look like."""

    province: str
    name: str
    area_code: str  # landline prefix, e.g. 0371
    code: str  # GB/T 2260 code of the city itself, always valid for any birth year
    plate: str  # plate prefix: province abbreviation + letter, e.g. 豫A
    districts: tuple[tuple[str, str], ...]  # (name, GB/T 2260 code valid since 1990)

    @property
    def province_abbr(self) -> str:
        return self.plate[0]


CITIES: tuple[City, ...] = (
    City("河南省", "郑州市", "0371", "410100", "豫A", (
        ("金水区", "410105"), ("二七区", "410103"), ("中原区", "410102"),
        ("管城回族区", "410104"), ("惠济区", "410108"), ("中牟县", "410122"),
        ("新郑市", "410184"), ("荥阳市", "410182"))),
    City("河南省", "洛阳市", "0379", "410300", "豫C", (
        ("涧西区", "410305"), ("西工区", "410303"), ("老城区", "410302"),
        ("新安县", "410323"), ("伊川县", "410329"))),
    City("河南省", "安阳市", "0372", "410500", "豫E", (
        ("文峰区", "410502"), ("北关区", "410503"), ("殷都区", "410505"),
        ("安阳县", "410522"), ("林州市", "410581"), ("滑县", "410526"))),
    City("河南省", "新乡市", "0373", "410700", "豫G", (
        ("红旗区", "410702"), ("新乡县", "410721"), ("获嘉县", "410724"),
        ("原阳县", "410725"), ("辉县市", "410782"), ("卫辉市", "410781"))),
    City("河南省", "焦作市", "0391", "410800", "豫H", (
        ("解放区", "410802"), ("中站区", "410803"), ("马村区", "410804"),
        ("修武县", "410821"), ("博爱县", "410822"), ("武陟县", "410823"),
        ("沁阳市", "410882"))),
    City("河北省", "石家庄市", "0311", "130100", "冀A", (
        ("长安区", "130102"), ("桥西区", "130104"), ("新华区", "130105"),
        ("裕华区", "130108"), ("正定县", "130123"))),
    City("山东省", "济南市", "0531", "370100", "鲁A", (
        ("历下区", "370102"), ("市中区", "370103"), ("槐荫区", "370104"),
        ("天桥区", "370105"), ("历城区", "370112"))),
    City("江苏省", "苏州市", "0512", "320500", "苏E", (
        ("吴中区", "320506"), ("相城区", "320507"), ("虎丘区", "320505"))),
    City("湖北省", "武汉市", "027", "420100", "鄂A", (
        ("江岸区", "420102"), ("江汉区", "420103"), ("硚口区", "420104"),
        ("汉阳区", "420105"), ("武昌区", "420106"), ("洪山区", "420111"))),
    City("广东省", "佛山市", "0757", "440600", "粤E", (
        ("禅城区", "440604"), ("南海区", "440605"), ("顺德区", "440606"),
        ("三水区", "440607"))),
    City("四川省", "成都市", "028", "510100", "川A", (
        ("锦江区", "510104"), ("青羊区", "510105"), ("金牛区", "510106"),
        ("武侯区", "510107"), ("成华区", "510108"))),
)

# Henan cities get 3x the weight of the others.
CITY_WEIGHTS: tuple[int, ...] = tuple(3 if c.province == "河南省" else 1 for c in CITIES)

ROADS = (
    "建设路", "人民路", "文化路", "中原路", "解放路", "黄河路", "农业路", "花园路", "经三路",
    "纬五路", "工业路", "长江路", "嵩山路", "金水路", "红旗路", "胜利街", "新华路", "和平路",
    "南环路", "北环路", "东风路", "桐柏路", "商都路", "航海路", "大学路", "兴隆街", "迎宾大道",
)
COMPOUND_HEADS = (
    "锦绣", "幸福", "阳光", "翠竹", "金色", "康桥", "绿城", "和谐", "富民", "清华", "帝湖",
    "馨苑", "怡和", "碧水", "东方", "新城", "书香", "凤凰", "盛世", "御景",
)
COMPOUND_TAILS = ("小区", "花园", "家园", "苑", "新村", "嘉园", "公馆", "名城", "家属院")
TOWN_HEADS = (
    "城关", "杨庄", "王村", "李集", "张湾", "柳林", "高庙", "马寨", "白沙", "孟庄", "石佛",
    "刘集", "黄店", "古城", "新店", "梁湖", "北岗", "东赵", "大孟", "薛店",
)
VILLAGE_HEADS = (
    "前", "后", "东", "西", "南", "北", "大", "小", "上", "下",
)
PARK_WORDS = ("产业集聚区", "经济技术开发区", "工业园区", "高新技术产业开发区", "循环经济产业园")
