package org.stepin.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubernetesManifestsTest {
    private static final Path DIR = Path.of("..", "deploy", "kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode manifest(String file) throws IOException {
        return YAML.readTree(DIR.resolve(file).toFile());
    }

    private static JsonNode container() throws IOException {
        return manifest("deployment.yaml").at("/spec/template/spec/containers/0");
    }

    @Test
    void everyManifestParsesAndNamesItsKind() throws IOException {
        List<String> kinds = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode node = YAML.readTree(file.toFile());
                assertThat(node.get("apiVersion").asText()).as(file.toString()).isNotBlank();
                kinds.add(node.get("kind").asText());
            }
        }

        assertThat(kinds).containsExactlyInAnyOrder("ConfigMap", "Deployment", "Kustomization",
                "PodDisruptionBudget", "Secret", "Service");
    }

    @Test
    void theConfigMapIsAValidPipelineConfiguration() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(manifest("configmap.yaml").at("/data/detector.properties").asText()));

        PipelineConfig config = ConfigLoader.load(properties);

        assertThat(config.kafka()).containsEntry("num.standby.replicas", "1")
                .containsEntry("state.dir", "/var/lib/stepin/state")
                .containsEntry("config.providers", "file");
        assertThat(config.kafka().get("sasl.jaas.config")).contains("${file:/etc/stepin/secrets/sasl.properties:")
                .doesNotContain("CHANGE-ME");
        assertThat(config.topics()).isEqualTo(PipelineConfig.defaults().topics());
    }

    @Test
    void kafkaReadsTheSaslCredentialsFromTheMountedSecret(@TempDir Path secrets) throws IOException {
        String mounted = manifest("deployment.yaml").at("/spec/template/spec/containers/0/volumeMounts").toString();
        assertThat(mounted).contains("\"mountPath\":\"/etc/stepin/secrets\"");
        Files.writeString(secrets.resolve("sasl.properties"),
                manifest("secret.yaml").at("/stringData/sasl.properties").asText());
        Properties properties = new Properties();
        properties.load(new StringReader(manifest("configmap.yaml").at("/data/detector.properties").asText()
                .replace("/etc/stepin/secrets", secrets.toString().replace("\\", "/"))));
        Map<String, Object> kafka = new HashMap<>(ConfigLoader.load(properties).kafka());

        StreamsConfig streams = new StreamsConfig(kafka);

        assertThat(streams.originals().get("sasl.jaas.config").toString())
                .contains("username=\"stepin-detector\"", "password=\"CHANGE-ME\"");
    }

    @Test
    void probesUseTheHealthEndpointsOnTheOpsPort() throws IOException {
        JsonNode container = container();

        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/health/live");
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo("ops");
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("ops");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(9400);
        assertThat(container.get("args").toString()).contains("--http-host=0.0.0.0", "--http-port=9400");
    }

    @Test
    void theHeapFitsTheMemoryLimit() throws IOException {
        JsonNode container = container();
        String javaOptions = container.at("/env/0/value").asText();

        assertThat(container.at("/env/0/name").asText()).isEqualTo("JAVA_TOOL_OPTIONS");
        assertThat(javaOptions).contains("-Xmx512m");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("1Gi");
        assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("1Gi");
    }

    @Test
    void theSecretIsMountedAndThePodBudgetKeepsAllButOne() throws IOException {
        JsonNode pod = manifest("deployment.yaml").at("/spec/template/spec");

        assertThat(pod.get("volumes").toString()).contains("stepin-detector-kafka", "stepin-detector-config");
        assertThat(manifest("secret.yaml").at("/metadata/name").asText()).isEqualTo("stepin-detector-kafka");
        assertThat(manifest("pdb.yaml").at("/spec/maxUnavailable").asInt()).isEqualTo(1);
        assertThat(manifest("pdb.yaml").at("/spec/selector/matchLabels"))
                .isEqualTo(manifest("deployment.yaml").at("/spec/selector/matchLabels"));
    }
}
