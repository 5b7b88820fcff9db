package io.chokepoint.synthetic;

import static io.chokepoint.synthetic.NamePools.hans;

import io.chokepoint.synthetic.NamePools.Han;
import java.util.List;

/**
 * The words synthetic Chinese, Hong Kong and Taiwanese counterparties are made of: cities, brand
 * characters, industries and legal forms with their pinyin, family and given names, and the
 * traditional-script and romanised words of Hong Kong and Taiwan. The other countries' words are in
 * {@link NamePools}.
 */
final class ChineseNamePools {
  private ChineseNamePools() {}

  static final List<Han> CN_CITIES =
      hans(
          "深圳",
          "Shenzhen",
          "上海",
          "Shanghai",
          "北京",
          "Beijing",
          "广州",
          "Guangzhou",
          "杭州",
          "Hangzhou",
          "苏州",
          "Suzhou",
          "东莞",
          "Dongguan",
          "成都",
          "Chengdu",
          "武汉",
          "Wuhan",
          "西安",
          "Xi'an",
          "南京",
          "Nanjing",
          "天津",
          "Tianjin",
          "宁波",
          "Ningbo",
          "厦门",
          "Xiamen",
          "青岛",
          "Qingdao",
          "合肥",
          "Hefei",
          "重庆",
          "Chongqing",
          "无锡",
          "Wuxi",
          "佛山",
          "Foshan",
          "珠海",
          "Zhuhai",
          "长沙",
          "Changsha",
          "郑州",
          "Zhengzhou",
          "常州",
          "Changzhou",
          "昆山",
          "Kunshan");

  /** Characters Chinese trade names are made of, with their pinyin. */
  static final List<Han> CN_BRAND =
      hans(
          "华", "hua", "中", "zhong", "新", "xin", "兴", "xing", "海", "hai", "天", "tian", "宏", "hong",
          "鑫", "xin", "金", "jin", "信", "xin", "达", "da", "盛", "sheng", "源", "yuan", "泰", "tai", "创",
          "chuang", "博", "bo", "联", "lian", "汇", "hui", "恒", "heng", "立", "li", "伟", "wei", "思",
          "si", "瑞", "rui", "晶", "jing", "微", "wei", "芯", "xin", "光", "guang", "智", "zhi", "云",
          "yun", "德", "de", "明", "ming", "安", "an", "康", "kang", "永", "yong", "长", "chang", "东",
          "dong", "鼎", "ding", "嘉", "jia", "隆", "long", "昌", "chang", "凯", "kai", "诚", "cheng", "宇",
          "yu", "航", "hang", "峰", "feng", "力", "li", "通", "tong", "讯", "xun", "腾", "teng", "飞",
          "fei", "锐", "rui", "捷", "jie", "维", "wei", "星", "xing", "辰", "chen", "阳", "yang", "宝",
          "bao", "丰", "feng", "富", "fu", "亿", "yi", "万", "wan", "顺", "shun", "和", "he", "润", "run",
          "佳", "jia", "美", "mei", "君", "jun", "英", "ying", "杰", "jie", "森", "sen", "林", "lin", "益",
          "yi", "邦", "bang", "普", "pu", "奥", "ao", "沃", "wo", "迪", "di", "欧", "ou", "百", "bai", "中",
          "zhong", "科", "ke", "远", "yuan", "宁", "ning");

  /** Industries: Chinese, and the English a company's own rendering uses. */
  static final List<Han> CN_INDUSTRY =
      hans(
          "电子",
          "Electronics",
          "科技",
          "Technology",
          "半导体",
          "Semiconductor",
          "贸易",
          "Trading",
          "进出口",
          "Import & Export",
          "实业",
          "Industrial",
          "精密机械",
          "Precision Machinery",
          "光电",
          "Optoelectronics",
          "新材料",
          "New Materials",
          "信息技术",
          "Information Technology",
          "智能科技",
          "Intelligent Technology",
          "新能源",
          "New Energy",
          "供应链管理",
          "Supply Chain Management",
          "电气",
          "Electric",
          "化工",
          "Chemical",
          "仪器",
          "Instruments",
          "通信设备",
          "Communication Equipment",
          "微电子",
          "Microelectronics",
          "集成电路",
          "Integrated Circuit",
          "自动化",
          "Automation",
          "电子商务",
          "E-Commerce",
          "物流",
          "Logistics",
          "电器",
          "Electrical Appliances",
          "五金",
          "Hardware",
          "塑胶",
          "Plastics",
          "照明",
          "Lighting");

  static final List<Han> CN_FORMS =
      hans(
          "有限公司",
          "Co., Ltd.",
          "有限公司",
          "Co., Ltd.",
          "有限公司",
          "Company Limited",
          "股份有限公司",
          "Co., Ltd.",
          "有限责任公司",
          "Co., Ltd.",
          "有限公司",
          "Co., Limited");

  static final List<Han> CN_FAMILY =
      hans(
          "王", "Wang", "李", "Li", "张", "Zhang", "刘", "Liu", "陈", "Chen", "杨", "Yang", "黄", "Huang",
          "赵", "Zhao", "吴", "Wu", "周", "Zhou", "徐", "Xu", "孙", "Sun", "马", "Ma", "朱", "Zhu", "胡",
          "Hu", "郭", "Guo", "何", "He", "林", "Lin", "罗", "Luo", "高", "Gao", "郑", "Zheng", "梁",
          "Liang", "谢", "Xie", "宋", "Song", "唐", "Tang");

  static final List<Han> CN_GIVEN =
      hans(
          "伟",
          "Wei",
          "芳",
          "Fang",
          "娜",
          "Na",
          "敏",
          "Min",
          "静",
          "Jing",
          "丽",
          "Li",
          "强",
          "Qiang",
          "磊",
          "Lei",
          "军",
          "Jun",
          "洋",
          "Yang",
          "勇",
          "Yong",
          "艳",
          "Yan",
          "杰",
          "Jie",
          "涛",
          "Tao",
          "明",
          "Ming",
          "超",
          "Chao",
          "秀英",
          "Xiuying",
          "建国",
          "Jianguo",
          "志强",
          "Zhiqiang",
          "晓东",
          "Xiaodong",
          "海燕",
          "Haiyan",
          "文博",
          "Wenbo",
          "思远",
          "Siyuan",
          "嘉怡",
          "Jiayi",
          "子涵",
          "Zihan",
          "浩然",
          "Haoran",
          "雨欣",
          "Yuxin");

  /** Traditional-script industries for Hong Kong and Taiwan names. */
  static final List<Han> TRADITIONAL_INDUSTRY =
      hans(
          "電子",
          "Electronics",
          "科技",
          "Technology",
          "貿易",
          "Trading",
          "國際",
          "International",
          "實業",
          "Industrial",
          "精密",
          "Precision",
          "半導體",
          "Semiconductor",
          "光電",
          "Optoelectronics",
          "電機",
          "Electric Machinery",
          "企業",
          "Enterprise");

  static final List<String> HK_WORDS =
      List.of(
          "Wing", "Hing", "Kwong", "Tak", "Shing", "Fung", "Wah", "Yip", "Chun", "Kin", "Man",
          "Sun", "Po", "On", "Cheung", "Lung", "Hung", "Fat", "Keung", "Tai", "Yue", "Kam", "Wai",
          "Ming");
  static final List<String> HK_FAMILY =
      List.of(
          "Chan", "Wong", "Cheung", "Lau", "Leung", "Lee", "Ho", "Ng", "Tsang", "Yeung", "Lam",
          "Tang");
  static final List<String> TW_WORDS =
      List.of(
          "Hon", "Tai", "Chia", "Hsin", "Chun", "Yuan", "Fu", "Kuang", "Sheng", "Chang", "Hung",
          "Ta", "Lien", "Kuo", "Wei", "Tung", "Feng", "Chien", "Hsiang", "Yung");
}
