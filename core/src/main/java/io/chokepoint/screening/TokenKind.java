package io.chokepoint.screening;

/**
 * What a name token is, which sets how much it can weigh and how it may be compared. The factor is
 * multiplied by the token's rarity in the indexed list, when there is one.
 */
public enum TokenKind {
  /** An ordinary word of a name: distinctive. */
  WORD(1.0),
  /** Digits: distinctive, compared exactly. */
  NUMBER(1.0),
  /** Pinyin of Han characters not in the dictionary, syllables joined: compared exactly. */
  PINYIN(1.0),
  /** A single letter: may stand for any word starting with it. */
  INITIAL(0.5),
  /** A place (country, province, big city): common in names. */
  PLACE(0.45),
  /** An industry or organisation word (technology, group, international). */
  GENERIC(0.4),
  /** A legal or organisational form (Co., Ltd., GmbH, 有限公司): optional, low weight. */
  LEGAL_FORM(0.12),
  /** A function word, title or name particle (of, the, Mr, al, bin). */
  STOPWORD(0.08);

  private final double factor;

  TokenKind(double factor) {
    this.factor = factor;
  }

  /** The weight of a token of this kind before rarity, in (0, 1]. */
  public double factor() {
    return factor;
  }

  /** Whether a match on this kind of token alone can make a name match. */
  public boolean distinctive() {
    return this == WORD || this == NUMBER || this == PINYIN;
  }
}
