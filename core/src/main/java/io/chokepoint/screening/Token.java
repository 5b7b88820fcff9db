package io.chokepoint.screening;

/**
 * One token of an analysed name.
 *
 * @param key what is compared: normalised, abbreviations expanded, legal forms canonical (e.g.
 *     {@code technology}, {@code ltd}, {@code huawei})
 * @param surface the text it came from, e.g. {@code technologies}, {@code limited}, {@code 华为}
 * @param kind what the token is
 * @param note how the key was derived, e.g. {@code "abbreviation"}, {@code "华为 → hua wei →
 *     huawei"}, or empty when the key is the surface
 * @param pinyin the joined pinyin the token was read from, when it was read from Chinese characters
 *     or from pinyin ({@code keji} for 科技 and for {@code ke ji}), else empty
 */
public record Token(String key, String surface, TokenKind kind, String note, String pinyin) {
  /** A token not read from Chinese or pinyin. */
  public Token(String key, String surface, TokenKind kind, String note) {
    this(key, surface, kind, note, "");
  }

  /** Whether the token was read from Chinese characters (not from Latin pinyin). */
  public boolean fromHan() {
    return Han.containsHan(surface);
  }

  /** Whether comparison must be exact (pinyin and numbers: one letter off is another name). */
  public boolean exactOnly() {
    return kind == TokenKind.NUMBER || kind == TokenKind.PINYIN;
  }
}
