package io.chokepoint.lists;

/** The list file formats Chokepoint reads unchanged. */
public enum ListFormat {
  /**
   * OFAC legacy CSV: {@code sdn.csv}/{@code add.csv}/{@code alt.csv}, or the non-SDN {@code
   * cons_*.csv}.
   */
  OFAC_CSV,
  /** The trade.gov Consolidated Screening List CSV, current or 2019 header. */
  CSL_CSV,
  /** The BIS Denied Persons List, tab-separated. */
  BIS_DPL,
  /** The UN Security Council consolidated list XML. */
  UN_XML,
  /** The project's simple CSV (FORMATS §6) for the PRC lists and users' own lists. */
  SIMPLE_CSV
}
