package io.chokepoint.store.licence;

import io.chokepoint.licence.Balance;
import io.chokepoint.licence.Licence;

/**
 * A licence as the store holds it, with its balance (drawn totals and share-cap standings).
 *
 * @param licence the licence
 * @param balance what has been drawn on it
 */
public record StoredLicence(Licence licence, Balance balance) {}
