package io.chokepoint.synthetic;

import java.util.List;

/**
 * The words synthetic counterparties are made of, by country: places, brand words, industries,
 * legal forms, given and family names; the Chinese, Hong Kong and Taiwanese ones are in {@link
 * ChineseNamePools}, with {@link Han} pairs of characters and pinyin. Invented combinations of
 * ordinary words, so that a generated name looks like a distributor's customer and is not a listed
 * party except by chance.
 */
final class NamePools {
  private NamePools() {}

  /** A Chinese word and its pinyin, syllables joined ({@code 华 hua}, {@code 深圳 Shenzhen}). */
  record Han(String han, String pinyin) {}

  static List<Han> hans(String... pairs) {
    List<Han> out = new java.util.ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.add(new Han(pairs[i], pairs[i + 1]));
    }
    return List.copyOf(out);
  }

  static final List<String> EN_INDUSTRY =
      List.of(
          "Semiconductor",
          "Electronics",
          "Systems",
          "Technologies",
          "Logistics",
          "Components",
          "Devices",
          "Instruments",
          "Manufacturing",
          "Distribution",
          "Supply",
          "Controls",
          "Solutions",
          "Photonics",
          "Materials",
          "Robotics",
          "Networks",
          "Precision",
          "Engineering",
          "Trading",
          "Industries",
          "Optics",
          "Power Systems",
          "Microsystems",
          "Circuits",
          "Sensors");
  static final List<String> US_WORDS =
      List.of(
          "Redwood",
          "Granite",
          "Summit",
          "Pacific",
          "Atlantic",
          "Lakeside",
          "Silver",
          "Eagle",
          "Liberty",
          "Pioneer",
          "Cascade",
          "Horizon",
          "Bluewater",
          "Ironwood",
          "Oak",
          "Maple",
          "Frontier",
          "Keystone",
          "Sierra",
          "Apex",
          "Northstar",
          "Riverbend",
          "Copperfield",
          "Brightline",
          "Clearwater",
          "Evergreen",
          "Highland",
          "Prairie",
          "Sandstone",
          "Westfield");
  static final List<String> US_FAMILY =
      List.of(
          "Smith",
          "Johnson",
          "Miller",
          "Davis",
          "Carter",
          "Parker",
          "Bennett",
          "Hayes",
          "Foster",
          "Brooks",
          "Sullivan",
          "Morgan",
          "Reed",
          "Coleman",
          "Perry",
          "Russell",
          "Griffin",
          "Hughes",
          "Ward",
          "Howard",
          "Garcia",
          "Martinez",
          "Nguyen",
          "Patel",
          "Kim");
  static final List<String> US_GIVEN =
      List.of(
          "James",
          "Mary",
          "Robert",
          "Patricia",
          "John",
          "Jennifer",
          "Michael",
          "Linda",
          "David",
          "Elizabeth",
          "William",
          "Susan",
          "Richard",
          "Karen",
          "Thomas",
          "Emily",
          "Daniel",
          "Laura",
          "Kevin",
          "Rachel");
  static final List<String> US_FORMS = List.of("Inc.", "LLC", "Corp.", "Corporation", "Inc", "Co.");
  static final List<String> GB_WORDS =
      List.of(
          "Thames",
          "Pennine",
          "Cotswold",
          "Mersey",
          "Severn",
          "Kingsway",
          "Albion",
          "Highgate",
          "Windsor",
          "Chiltern",
          "Solent",
          "Tyne",
          "Mendip",
          "Wessex",
          "Northgate");
  static final List<String> GB_FORMS = List.of("Ltd", "Limited", "plc", "Ltd.", "LLP");
  static final List<String> DE_NAMES =
      List.of(
          "Müller",
          "Schneider",
          "Fischer",
          "Weber",
          "Becker",
          "Hoffmann",
          "Schäfer",
          "Koch",
          "Bauer",
          "Richter",
          "Klein",
          "Wolf",
          "Schröder",
          "Neumann",
          "Bayerische",
          "Rheinische",
          "Schwäbische",
          "Norddeutsche",
          "Hanseatische",
          "Sächsische");
  static final List<String> DE_WORDS =
      List.of(
          "Antriebstechnik",
          "Maschinenbau",
          "Elektronik",
          "Halbleitertechnik",
          "Feinmechanik",
          "Automatisierung",
          "Messtechnik",
          "Werkzeugbau",
          "Industriebedarf",
          "Handelsgesellschaft",
          "Anlagenbau",
          "Kunststofftechnik",
          "Präzisionswerke",
          "Elektrotechnik",
          "Systemtechnik");
  static final List<String> DE_FORMS = List.of("GmbH", "GmbH", "AG", "GmbH & Co. KG", "KG", "SE");
  static final List<String> DE_GIVEN =
      List.of("Thomas", "Andreas", "Stefan", "Sabine", "Claudia", "Jürgen", "Katrin", "Matthias");
  static final List<String> FR_NAMES =
      List.of(
          "Dubois",
          "Lefebvre",
          "Moreau",
          "Laurent",
          "Girard",
          "Bonnet",
          "Mercier",
          "Rousseau",
          "Fontaine",
          "Chevalier",
          "Garnier",
          "Lambert",
          "Faure",
          "Marchand");
  static final List<String> FR_WORDS =
      List.of(
          "Électronique",
          "Industries",
          "Systèmes",
          "Composants",
          "Technologies",
          "Distribution",
          "Mécanique",
          "Optique",
          "Ingénierie");
  static final List<String> FR_FORMS = List.of("SAS", "SARL", "SA", "S.A.S.");
  static final List<String> FR_GIVEN =
      List.of("Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Camille", "Julien", "Claire");
  static final List<Han> JP_NAMES =
      hans(
          "山田",
          "Yamada",
          "田中",
          "Tanaka",
          "佐藤",
          "Sato",
          "鈴木",
          "Suzuki",
          "高橋",
          "Takahashi",
          "中村",
          "Nakamura",
          "小林",
          "Kobayashi",
          "富士",
          "Fuji",
          "東邦",
          "Toho",
          "大和",
          "Daiwa",
          "昭和",
          "Showa",
          "太陽",
          "Taiyo",
          "旭",
          "Asahi",
          "北斗",
          "Hokuto",
          "三栄",
          "Sanei",
          "協和",
          "Kyowa");
  static final List<Han> JP_INDUSTRY =
      hans(
          "電機",
          "Denki",
          "精機",
          "Seiki",
          "工業",
          "Kogyo",
          "商事",
          "Shoji",
          "製作所",
          "Seisakusho",
          "電子",
          "Electronics",
          "化学",
          "Chemical",
          "精密",
          "Precision");
  static final List<String> JP_GIVEN =
      List.of("Hiroshi", "Takeshi", "Yuki", "Kenji", "Akiko", "Naoko", "Satoshi", "Haruto");
  static final List<Han> KR_NAMES =
      hans(
          "한일",
          "Hanil",
          "대성",
          "Daesung",
          "삼화",
          "Samhwa",
          "동양",
          "Dongyang",
          "세진",
          "Sejin",
          "우진",
          "Woojin",
          "한솔",
          "Hansol",
          "진우",
          "Jinwoo",
          "성우",
          "Sungwoo",
          "미래",
          "Mirae",
          "태광",
          "Taekwang",
          "신흥",
          "Shinheung");
  static final List<Han> KR_INDUSTRY =
      hans(
          "전자",
          "Electronics",
          "정밀",
          "Precision",
          "산업",
          "Industrial",
          "테크",
          "Tech",
          "무역",
          "Trading",
          "반도체",
          "Semiconductor");
  static final List<String> KR_FAMILY =
      List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon");
  static final List<String> KR_GIVEN =
      List.of("Min-jun", "Seo-yeon", "Ji-hoon", "Soo-ah", "Hyun-woo", "Ji-min", "Dong-hyun");
  static final List<String> IN_NAMES =
      List.of(
          "Shree",
          "Bharat",
          "Sai",
          "Ganesh",
          "Lakshmi",
          "Om",
          "Jai",
          "Vijay",
          "Sunrise",
          "Kaveri",
          "Ganga",
          "Himalaya",
          "Sapphire",
          "Trident",
          "Navkar",
          "Mahalaxmi");
  static final List<String> IN_WORDS =
      List.of(
          "Electronics",
          "Enterprises",
          "Industries",
          "Exports",
          "Engineering",
          "Traders",
          "Technologies",
          "Components",
          "Impex",
          "Electricals");
  static final List<String> IN_FORMS =
      List.of("Private Limited", "Pvt. Ltd.", "Limited", "Pvt Ltd", "LLP");
  static final List<String> IN_PERSONS =
      List.of(
          "Rajesh Kumar",
          "Priya Sharma",
          "Amit Patel",
          "Sunil Gupta",
          "Anjali Singh",
          "Vikram Reddy",
          "Suresh Iyer",
          "Neha Verma",
          "Arjun Nair",
          "Kavita Joshi");

  /** Russian names: Cyrillic and their Latin transliteration. */
  static final List<Han> RU_NAMES =
      hans(
          "Техноком",
          "Tekhnokom",
          "Электроприбор",
          "Elektropribor",
          "Микросистемы",
          "Mikrosistemy",
          "Сибирь-Электро",
          "Sibir-Elektro",
          "Уралприбор",
          "Uralpribor",
          "Волгатех",
          "Volgatekh",
          "Радиоспектр",
          "Radiospektr",
          "Вектор",
          "Vektor",
          "Гранит-М",
          "Granit-M",
          "Альфа-Компонент",
          "Alfa-Komponent");

  static final List<String> RU_FORMS = List.of("ООО", "АО", "OOO", "AO", "LLC");
  static final List<String> RU_PERSONS =
      List.of(
          "Ivan Petrov",
          "Sergei Ivanov",
          "Olga Smirnova",
          "Dmitry Volkov",
          "Anna Kuznetsova",
          "Алексей Соколов",
          "Мария Попова");
  static final List<String> AE_NAMES =
      List.of(
          "Al Noor",
          "Al Safa",
          "Al Reem",
          "Gulf Star",
          "Emirates Link",
          "Desert Rose",
          "Falcon Crest",
          "Al Baraka",
          "Silver Sands",
          "Palm Horizon",
          "Al Waha",
          "Blue Dhow");
  static final List<String> AE_WORDS =
      List.of(
          "General Trading", "Electronics Trading", "Technical Services", "Logistics", "Trading");
  static final List<String> AE_FORMS = List.of("LLC", "FZE", "FZCO", "L.L.C.", "DMCC");
  static final List<String> AE_PERSONS =
      List.of(
          "Mohammed Al Mansoori",
          "Ahmed Hassan",
          "Fatima Al Zaabi",
          "Omar Khalid",
          "Khalid Al Suwaidi",
          "Mariam Saeed");
  static final List<String> SG_NAMES =
      List.of(
          "Lion City",
          "Merlion",
          "Orchid",
          "Straits",
          "Marina",
          "Tan",
          "Lim",
          "Ng",
          "Ong",
          "Goh",
          "Pasir",
          "Kallang",
          "Jurong");
  static final List<String> STREETS =
      List.of(
          "Industrial Road",
          "Technology Avenue",
          "Harbour Street",
          "Commerce Drive",
          "Science Park",
          "Main Street",
          "Station Road",
          "Riverside Way");
}
