package org.stepin.app.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stepin.core.Assessment;
import org.stepin.core.Evidence;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.Tag;

/**
 * The JSON form of an {@link Assessment} printed by {@code score} and {@code explain --json}:
 * {@code id, severity, categories, evidence[{category, entry, start, end, marks, ...}], reason,
 * lexiconVersion, modelVersion}. Categories come in their contract order.
 */
final class AssessmentJson {
    private final ObjectMapper mapper;

    AssessmentJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(JsonNode id, String text, Assessment assessment) {
        ObjectNode node = mapper.createObjectNode();
        node.set("id", id);
        node.put("severity", assessment.severity().name());
        ObjectNode categories = node.putObject("categories");
        for (Category category : Category.values()) {
            double score = assessment.score(category);
            if (score > 0) {
                categories.put(category.id(), score);
            }
        }
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence item : assessment.evidence()) {
            ObjectNode entry = evidence.addObject();
            entry.put("source", item.source().id());
            entry.put("category", item.category().id());
            if (item.lexiconCategory() != item.category()) {
                entry.put("lexiconCategory", item.lexiconCategory().id());
            }
            if (!item.entry().isEmpty()) {
                entry.put("entry", item.entry());
            }
            item.span().ifPresent(span -> {
                entry.put("text", item.words(text));
                entry.put("start", span.start());
                entry.put("end", span.end());
            });
            entry.put("origin", item.origin());
            entry.put("weight", item.weight());
            entry.put("effectiveWeight", item.effectiveWeight());
            ArrayNode marks = entry.putArray("marks");
            for (ContextMark mark : item.marks()) {
                marks.add(mark.id());
            }
            ArrayNode tags = entry.putArray("tags");
            for (Tag tag : Tag.values()) {
                if (item.tags().contains(tag)) {
                    tags.add(tag.id());
                }
            }
            if (item.reviewed()) {
                entry.put("review", item.review());
            }
        }
        node.put("reason", assessment.reason());
        if (assessment.truncated()) {
            node.put("truncated", true);
        }
        node.put("lexiconVersion", assessment.lexiconVersion());
        node.put("modelVersion", assessment.modelVersion());
        return node;
    }
}
