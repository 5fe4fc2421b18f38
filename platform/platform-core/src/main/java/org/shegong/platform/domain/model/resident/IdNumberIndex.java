package org.shegong.platform.domain.model.resident;

/**
 * The keyed hash (blind index) of an ID number: equal numbers give equal hashes, and without the
 * key the hash reveals nothing. It is how an encrypted ID number is still found by exact search.
 */
public interface IdNumberIndex {

    String of(IdNumber idNumber);
}
