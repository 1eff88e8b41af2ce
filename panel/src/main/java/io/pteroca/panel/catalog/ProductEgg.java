package io.pteroca.panel.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One egg a product may be installed with, and the admin's overrides for it. */
@Entity
@Table(name = "catalog_product_egg")
class ProductEgg {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;
    @Column(name = "egg_id")
    private int eggId;
    @Column(name = "egg_name")
    private String eggName;
    private String startup;
    @Column(name = "startup_user_viewable")
    private boolean startupUserViewable;
    @Column(name = "docker_image")
    private String dockerImage;
    @Column(name = "docker_image_selectable")
    private boolean dockerImageSelectable;
    private int position;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_product_egg_variable", joinColumns = @JoinColumn(name = "product_egg_id"))
    @OrderColumn(name = "position")
    private List<EggVariableSetting> variables = new ArrayList<>();

    protected ProductEgg() {
    }

    ProductEgg(Product product, ProductDefinition.EggChoice egg, int position) {
        this.product = product;
        this.eggId = egg.eggId();
        this.position = position;
        update(egg);
    }

    void update(ProductDefinition.EggChoice egg) {
        this.eggName = egg.eggName();
        this.startup = egg.startup();
        this.startupUserViewable = egg.startupUserViewable();
        this.dockerImage = egg.dockerImage();
        this.dockerImageSelectable = egg.dockerImageSelectable();
        this.variables.clear();
        egg.variables().forEach(variable -> variables.add(new EggVariableSetting(variable)));
    }

    int eggId() {
        return eggId;
    }

    int position() {
        return position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    ProductDefinition.EggChoice definition() {
        return new ProductDefinition.EggChoice(eggId, eggName, startup, startupUserViewable, dockerImage, dockerImageSelectable,
                variables.stream().map(EggVariableSetting::definition).toList());
    }
}
