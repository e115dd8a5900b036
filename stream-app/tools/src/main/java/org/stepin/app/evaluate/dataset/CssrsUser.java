package org.stepin.app.evaluate.dataset;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One Reddit user of the C-SSRS data set: their posts in order and the psychiatrists' label. Immutable.
 *
 * @param id the user id ("user-3")
 * @param posts the posts, in the data set's order
 * @param label the Columbia scale label
 * @param cut true when the data set's Post field was cut off (the last post is partial)
 */
public record CssrsUser(String id, List<String> posts, CssrsLabel label, boolean cut) {

    public CssrsUser {
        requireNonNull(id, "id");
        requireNonNull(label, "label");
        posts = List.copyOf(posts);
    }
}
