package org.stepin.app.evaluate;

import java.util.List;
import java.util.Locale;
import org.stepin.app.evaluate.dataset.PostChunker;

/** How a C-SSRS user's Reddit posts become the messages a contender reads. */
public enum CssrsSplit {
    /** Each post is one message; stepin reads only its start when it exceeds the analysis cap. */
    POSTS,
    /** Each post is cut into sentence chunks of at most {@value #CHUNK_CHARS} characters, like chat messages. */
    CHUNKS;

    /** The chunk size of {@link #CHUNKS}. */
    public static final int CHUNK_CHARS = 500;
    private static final PostChunker CHUNKER = new PostChunker(CHUNK_CHARS);

    /** The messages of one post. */
    List<String> messages(String post) {
        if (this == POSTS) {
            return post.isBlank() ? List.of() : List.of(post);
        }
        return CHUNKER.chunks(post);
    }

    /** The name on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
