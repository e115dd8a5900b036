package org.stepin.app.config;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Properties;
import org.stepin.app.topics.Topics;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.privacy.AgencyDetails;

/**
 * Everything the topology needs to know, validated. Build it with {@link ConfigLoader} (the keys and their
 * defaults are {@link PipelineConfigDef}); {@link #defaults()} is the configuration of a fresh install with no
 * channels allowed.
 *
 * @param topics the topics' names and partition count
 * @param channels the allow-list: agency channel id to its platform; messages on other channels are never scored
 * @param agePolicy platforms' minimum ages
 * @param maxTextChars the longest message text scored; longer ones go to the dead-letter topic
 * @param alerts when to alert and when to hold back
 * @param trajectory how a youth's recent signals add up
 * @param workingHours caseworkers' working hours
 * @param agency the agency's own contact details: neither boundary risks nor masked
 * @param deep whether and how inbound messages go through the CoreNLP deep tier (off by default)
 * @param kafka Kafka Streams and client settings passed through as they are (bootstrap, security, ...)
 */
public record PipelineConfig(Topics topics, Map<String, String> channels, AgePolicy agePolicy, int maxTextChars,
                             AlertSettings alerts, TrajectorySettings trajectory, WorkingHours workingHours,
                             AgencyDetails agency, DeepSettings deep, Map<String, String> kafka) {

    public PipelineConfig {
        requireNonNull(topics, "topics");
        requireNonNull(agePolicy, "agePolicy");
        requireNonNull(alerts, "alerts");
        requireNonNull(trajectory, "trajectory");
        requireNonNull(workingHours, "workingHours");
        requireNonNull(agency, "agency");
        requireNonNull(deep, "deep");
        channels = Map.copyOf(channels);
        kafka = Map.copyOf(kafka);
    }

    /** The defaults, with no channel allowed. */
    public static PipelineConfig defaults() {
        return ConfigLoader.load(new Properties());
    }

    /** A copy allowing exactly {@code allowedChannels} (channel id to platform). */
    public PipelineConfig withChannels(Map<String, String> allowedChannels) {
        return new PipelineConfig(topics, allowedChannels, agePolicy, maxTextChars, alerts, trajectory,
                workingHours, agency, deep, kafka);
    }

    /** True when {@code channelId} is one of the agency's allowed channels. */
    public boolean channelAllowed(String channelId) {
        return channels.containsKey(channelId);
    }
}
