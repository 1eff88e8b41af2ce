package io.pteroca.panel.catalog;

public record CategoryView(long id, String name, String description, String imagePath, int sortOrder) {

    static CategoryView of(Category category) {
        return new CategoryView(category.id(), category.name(), category.description(), category.imagePath(),
                category.sortOrder());
    }
}
