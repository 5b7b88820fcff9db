package io.chokepoint.synthetic;

import java.util.List;

/**
 * The words synthetic counterparties are made of, by country: places, brand words, industries,
 * legal forms, given and family names, the Chinese ones with their pinyin. Invented combinations of
 * ordinary words, so that a generated name looks like a distributor's customer and is not a listed
 * party except by chance.
 */
final class NamePools {
  private NamePools() {}

  /** A Chinese word and its pinyin, syllables joined ({@code 华 hua}, {@code 深圳 Shenzhen}). */
  record Han(String han, String pinyin) {}

  /** Words separated by {@code |}. */
  static List<String> words(String text) {
    return List.of(text.split("\\|"));
  }

  /** {@code Han=pinyin} pairs separated by {@code |}. */
  static List<Han> hans(String text) {
    List<Han> out = new java.util.ArrayList<>();
    for (String pair : text.split("\\|")) {
      int eq = pair.indexOf('=');
      out.add(new Han(pair.substring(0, eq), pair.substring(eq + 1)));
    }
    return List.copyOf(out);
  }

  static final List<Han> CN_CITIES =
      hans(
          "深圳=Shenzhen|上海=Shanghai|北京=Beijing|广州=Guangzhou|杭州=Hangzhou|苏州=Suzhou|"
              + "东莞=Dongguan|成都=Chengdu|武汉=Wuhan|西安=Xi'an|南京=Nanjing|天津=Tianjin|宁波=Ningbo|"
              + "厦门=Xiamen|青岛=Qingdao|合肥=Hefei|重庆=Chongqing|无锡=Wuxi|佛山=Foshan|珠海=Zhuhai|"
              + "长沙=Changsha|郑州=Zhengzhou|常州=Changzhou|昆山=Kunshan");

  /** Characters Chinese trade names are made of, with their pinyin. */
  static final List<Han> CN_BRAND =
      hans(
          "华=hua|中=zhong|新=xin|兴=xing|海=hai|天=tian|宏=hong|鑫=xin|金=jin|信=xin|达=da|盛=sheng|"
              + "源=yuan|泰=tai|创=chuang|博=bo|联=lian|汇=hui|恒=heng|立=li|伟=wei|思=si|瑞=rui|晶=jing|"
              + "微=wei|芯=xin|光=guang|智=zhi|云=yun|德=de|明=ming|安=an|康=kang|永=yong|长=chang|东=dong|"
              + "鼎=ding|嘉=jia|隆=long|昌=chang|凯=kai|诚=cheng|宇=yu|航=hang|峰=feng|力=li|通=tong|讯=xun|"
              + "腾=teng|飞=fei|锐=rui|捷=jie|维=wei|星=xing|辰=chen|阳=yang|宝=bao|丰=feng|富=fu|亿=yi|万=wan|"
              + "顺=shun|和=he|润=run|佳=jia|美=mei|君=jun|英=ying|杰=jie|森=sen|林=lin|益=yi|邦=bang|普=pu|"
              + "奥=ao|沃=wo|迪=di|欧=ou|百=bai|中=zhong|科=ke|远=yuan|宁=ning");

  /** Industries: Chinese, and the English a company's own rendering uses. */
  static final List<Han> CN_INDUSTRY =
      hans(
          "电子=Electronics|科技=Technology|半导体=Semiconductor|贸易=Trading|进出口=Import & Export|"
              + "实业=Industrial|精密机械=Precision Machinery|光电=Optoelectronics|新材料=New Materials|"
              + "信息技术=Information Technology|智能科技=Intelligent Technology|新能源=New Energy|"
              + "供应链管理=Supply Chain Management|电气=Electric|化工=Chemical|仪器=Instruments|"
              + "通信设备=Communication Equipment|微电子=Microelectronics|集成电路=Integrated Circuit|"
              + "自动化=Automation|电子商务=E-Commerce|物流=Logistics|电器=Electrical Appliances|五金=Hardware|"
              + "塑胶=Plastics|照明=Lighting");

  static final List<Han> CN_FORMS =
      hans(
          "有限公司=Co., Ltd.|有限公司=Co., Ltd.|有限公司=Company Limited|股份有限公司=Co., Ltd.|"
              + "有限责任公司=Co., Ltd.|有限公司=Co., Limited");

  static final List<Han> CN_FAMILY =
      hans(
          "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|吴=Wu|周=Zhou|徐=Xu|孙=Sun|"
              + "马=Ma|朱=Zhu|胡=Hu|郭=Guo|何=He|林=Lin|罗=Luo|高=Gao|郑=Zheng|梁=Liang|谢=Xie|宋=Song|唐=Tang");

  static final List<Han> CN_GIVEN =
      hans(
          "伟=Wei|芳=Fang|娜=Na|敏=Min|静=Jing|丽=Li|强=Qiang|磊=Lei|军=Jun|洋=Yang|勇=Yong|艳=Yan|"
              + "杰=Jie|涛=Tao|明=Ming|超=Chao|秀英=Xiuying|建国=Jianguo|志强=Zhiqiang|晓东=Xiaodong|"
              + "海燕=Haiyan|文博=Wenbo|思远=Siyuan|嘉怡=Jiayi|子涵=Zihan|浩然=Haoran|雨欣=Yuxin");

  /** Traditional-script industries for Hong Kong and Taiwan names. */
  static final List<Han> TRADITIONAL_INDUSTRY =
      hans(
          "電子=Electronics|科技=Technology|貿易=Trading|國際=International|實業=Industrial|"
              + "精密=Precision|半導體=Semiconductor|光電=Optoelectronics|電機=Electric Machinery|"
              + "企業=Enterprise");

  static final List<String> HK_WORDS =
      words(
          "Wing|Hing|Kwong|Tak|Shing|Fung|Wah|Yip|Chun|Kin|Man|Sun|Po|On|Cheung|Lung|Hung|"
              + "Fat|Keung|Tai|Yue|Kam|Wai|Ming");

  static final List<String> HK_FAMILY =
      words("Chan|Wong|Cheung|Lau|Leung|Lee|Ho|Ng|Tsang|Yeung|Lam|Tang");

  static final List<String> TW_WORDS =
      words(
          "Hon|Tai|Chia|Hsin|Chun|Yuan|Fu|Kuang|Sheng|Chang|Hung|Ta|Lien|Kuo|Wei|Tung|Feng|"
              + "Chien|Hsiang|Yung");

  static final List<String> EN_INDUSTRY =
      words(
          "Semiconductor|Electronics|Systems|Technologies|Logistics|Components|Devices|"
              + "Instruments|Manufacturing|Distribution|Supply|Controls|Solutions|Photonics|"
              + "Materials|Robotics|Networks|Precision|Engineering|Trading|Industries|Optics|"
              + "Power Systems|Microsystems|Circuits|Sensors");

  static final List<String> US_WORDS =
      words(
          "Redwood|Granite|Summit|Pacific|Atlantic|Lakeside|Silver|Eagle|Liberty|Pioneer|"
              + "Cascade|Horizon|Bluewater|Ironwood|Oak|Maple|Frontier|Keystone|Sierra|Apex|"
              + "Northstar|Riverbend|Copperfield|Brightline|Clearwater|Evergreen|Highland|Prairie|"
              + "Sandstone|Westfield");

  static final List<String> US_FAMILY =
      words(
          "Smith|Johnson|Miller|Davis|Carter|Parker|Bennett|Hayes|Foster|Brooks|Sullivan|"
              + "Morgan|Reed|Coleman|Perry|Russell|Griffin|Hughes|Ward|Howard|Garcia|Martinez|"
              + "Nguyen|Patel|Kim");

  static final List<String> US_GIVEN =
      words(
          "James|Mary|Robert|Patricia|John|Jennifer|Michael|Linda|David|Elizabeth|William|"
              + "Susan|Richard|Karen|Thomas|Emily|Daniel|Laura|Kevin|Rachel");

  static final List<String> US_FORMS = words("Inc.|LLC|Corp.|Corporation|Inc|Co.");

  static final List<String> GB_WORDS =
      words(
          "Thames|Pennine|Cotswold|Mersey|Severn|Kingsway|Albion|Highgate|Windsor|Chiltern|"
              + "Solent|Tyne|Mendip|Wessex|Northgate");

  static final List<String> GB_FORMS = words("Ltd|Limited|plc|Ltd.|LLP");

  static final List<String> DE_NAMES =
      words(
          "Müller|Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|"
              + "Wolf|Schröder|Neumann|Bayerische|Rheinische|Schwäbische|Norddeutsche|"
              + "Hanseatische|Sächsische");

  static final List<String> DE_WORDS =
      words(
          "Antriebstechnik|Maschinenbau|Elektronik|Halbleitertechnik|Feinmechanik|"
              + "Automatisierung|Messtechnik|Werkzeugbau|Industriebedarf|Handelsgesellschaft|"
              + "Anlagenbau|Kunststofftechnik|Präzisionswerke|Elektrotechnik|Systemtechnik");

  static final List<String> DE_FORMS = words("GmbH|GmbH|AG|GmbH & Co. KG|KG|SE");

  static final List<String> DE_GIVEN =
      words("Thomas|Andreas|Stefan|Sabine|Claudia|Jürgen|Katrin|Matthias");

  static final List<String> FR_NAMES =
      words(
          "Dubois|Lefebvre|Moreau|Laurent|Girard|Bonnet|Mercier|Rousseau|Fontaine|Chevalier|"
              + "Garnier|Lambert|Faure|Marchand");

  static final List<String> FR_WORDS =
      words(
          "Électronique|Industries|Systèmes|Composants|Technologies|Distribution|Mécanique|"
              + "Optique|Ingénierie");

  static final List<String> FR_FORMS = words("SAS|SARL|SA|S.A.S.");

  static final List<String> FR_GIVEN =
      words("Jean|Marie|Pierre|Sophie|Nicolas|Camille|Julien|Claire");

  static final List<Han> JP_NAMES =
      hans(
          "山田=Yamada|田中=Tanaka|佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|中村=Nakamura|小林=Kobayashi|"
              + "富士=Fuji|東邦=Toho|大和=Daiwa|昭和=Showa|太陽=Taiyo|旭=Asahi|北斗=Hokuto|三栄=Sanei|協和=Kyowa");

  static final List<Han> JP_INDUSTRY =
      hans(
          "電機=Denki|精機=Seiki|工業=Kogyo|商事=Shoji|製作所=Seisakusho|電子=Electronics|化学=Chemical|"
              + "精密=Precision");

  static final List<String> JP_GIVEN =
      words("Hiroshi|Takeshi|Yuki|Kenji|Akiko|Naoko|Satoshi|Haruto");

  static final List<Han> KR_NAMES =
      hans(
          "한일=Hanil|대성=Daesung|삼화=Samhwa|동양=Dongyang|세진=Sejin|우진=Woojin|한솔=Hansol|진우=Jinwoo|"
              + "성우=Sungwoo|미래=Mirae|태광=Taekwang|신흥=Shinheung");

  static final List<Han> KR_INDUSTRY =
      hans("전자=Electronics|정밀=Precision|산업=Industrial|테크=Tech|무역=Trading|반도체=Semiconductor");

  static final List<String> KR_FAMILY = words("Kim|Lee|Park|Choi|Jung|Kang|Yoon");

  static final List<String> KR_GIVEN =
      words("Min-jun|Seo-yeon|Ji-hoon|Soo-ah|Hyun-woo|Ji-min|Dong-hyun");

  static final List<String> IN_NAMES =
      words(
          "Shree|Bharat|Sai|Ganesh|Lakshmi|Om|Jai|Vijay|Sunrise|Kaveri|Ganga|Himalaya|"
              + "Sapphire|Trident|Navkar|Mahalaxmi");

  static final List<String> IN_WORDS =
      words(
          "Electronics|Enterprises|Industries|Exports|Engineering|Traders|Technologies|"
              + "Components|Impex|Electricals");

  static final List<String> IN_FORMS = words("Private Limited|Pvt. Ltd.|Limited|Pvt Ltd|LLP");

  static final List<String> IN_PERSONS =
      words(
          "Rajesh Kumar|Priya Sharma|Amit Patel|Sunil Gupta|Anjali Singh|Vikram Reddy|"
              + "Suresh Iyer|Neha Verma|Arjun Nair|Kavita Joshi");

  /** Russian names: Cyrillic and their Latin transliteration. */
  static final List<Han> RU_NAMES =
      hans(
          "Техноком=Tekhnokom|Электроприбор=Elektropribor|Микросистемы=Mikrosistemy|"
              + "Сибирь-Электро=Sibir-Elektro|Уралприбор=Uralpribor|Волгатех=Volgatekh|"
              + "Радиоспектр=Radiospektr|Вектор=Vektor|Гранит-М=Granit-M|"
              + "Альфа-Компонент=Alfa-Komponent");

  static final List<String> RU_FORMS = words("ООО|АО|OOO|AO|LLC");

  static final List<String> RU_PERSONS =
      words(
          "Ivan Petrov|Sergei Ivanov|Olga Smirnova|Dmitry Volkov|Anna Kuznetsova|"
              + "Алексей Соколов|Мария Попова");

  static final List<String> AE_NAMES =
      words(
          "Al Noor|Al Safa|Al Reem|Gulf Star|Emirates Link|Desert Rose|Falcon Crest|"
              + "Al Baraka|Silver Sands|Palm Horizon|Al Waha|Blue Dhow");

  static final List<String> AE_WORDS =
      words("General Trading|Electronics Trading|Technical Services|Logistics|Trading");

  static final List<String> AE_FORMS = words("LLC|FZE|FZCO|L.L.C.|DMCC");

  static final List<String> AE_PERSONS =
      words(
          "Mohammed Al Mansoori|Ahmed Hassan|Fatima Al Zaabi|Omar Khalid|Khalid Al Suwaidi|"
              + "Mariam Saeed");

  static final List<String> SG_NAMES =
      words("Lion City|Merlion|Orchid|Straits|Marina|Tan|Lim|Ng|Ong|Goh|Pasir|Kallang|Jurong");

  static final List<String> STREETS =
      words(
          "Industrial Road|Technology Avenue|Harbour Street|Commerce Drive|Science Park|"
              + "Main Street|Station Road|Riverside Way");
}
