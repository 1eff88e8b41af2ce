/**
 * Uploaded images, checked by content.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package io.pteroca.panel.media;
