package org.stepin.core.deep;

/** Who the grammatical subject of a risk phrase is. */
public enum Person {
    /** The young person ("i", "me", "myself"). */
    FIRST,
    /** The reader ("you", "yourself"). */
    SECOND,
    /** Someone else ("she", "my friend", "herself"). */
    THIRD,
    /** No subject the parse can name ("wanna die fr", "it", "life"). */
    NONE
}
