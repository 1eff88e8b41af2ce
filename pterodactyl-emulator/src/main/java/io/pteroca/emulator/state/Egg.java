package io.pteroca.emulator.state;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** An egg; its seeded attributes are kept as the panel printed them, the variables are modelled. */
public class Egg {
    public long id;
    public long nestId;
    public ObjectNode attributes;
    public List<EggVariable> variables = new ArrayList<>();
    public List<String> features = new ArrayList<>();

    public String startup() {
        return attributes.get("startup").asString();
    }

    public java.util.Map<String, String> dockerImages() {
        java.util.Map<String, String> images = new java.util.LinkedHashMap<>();
        attributes.get("docker_images").properties().forEach(e -> images.put(e.getKey(), e.getValue().asString()));
        return images;
    }
}
