package org.kolo.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML node that remembers its line, so that every complaint about metadata can point at it. */
public final class YamlNode {

    private final Node node;
    private final int linesBefore;

    public YamlNode(Node node) {
        this(node, 0);
    }

    /** A node of YAML that starts {@code linesBefore} lines into its file, as front matter does. */
    YamlNode(Node node, int linesBefore) {
        this.node = node;
        this.linesBefore = linesBefore;
    }

    public int line() {
        return linesBefore + node.getStartMark().getLine() + 1;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public Optional<YamlNode> get(String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(new YamlNode(tuple.getValueNode(), linesBefore));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<String> text() {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue().trim()) : Optional.empty();
    }

    public List<YamlNode> items() {
        List<YamlNode> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> items.add(new YamlNode(item, linesBefore)));
        }
        return items;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    /** The values of a mapping by their keys, in file order; empty for anything else. */
    public Map<String, YamlNode> children() {
        Map<String, YamlNode> children = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k) {
                    children.put(k.getValue(), new YamlNode(tuple.getValueNode(), linesBefore));
                }
            }
        }
        return children;
    }

    /** A map of plain strings, such as titles per language, in file order. */
    public Map<String, String> strings() {
        Map<String, String> values = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && tuple.getValueNode() instanceof ScalarNode v) {
                    values.put(k.getValue(), v.getValue().trim());
                }
            }
        }
        return values;
    }
}
