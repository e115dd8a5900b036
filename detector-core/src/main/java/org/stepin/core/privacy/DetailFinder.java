package org.stepin.core.privacy;

import java.util.List;

/** One stage of the scanner: finds candidates of one kind, in time linear in the text length. */
interface DetailFinder {

    /** Adds every candidate found in {@code text} to {@code out}; never throws on any string. */
    void find(String text, List<Candidate> out);
}
