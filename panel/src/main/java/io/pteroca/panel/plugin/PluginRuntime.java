package io.pteroca.panel.plugin;

import io.pteroca.plugin.PanelPlugin;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.springframework.stereotype.Component;

/**
 * PF4J, as the panel uses it: one class loader per plugin jar whose parent shows the plugin the JDK and the
 * {@code plugin-api} module and nothing else of the panel (no Spring, no panel classes, no database driver).
 * The panel resolves dependencies and drives the lifecycle itself, so PF4J only loads and unloads.
 */
@Component
class PluginRuntime {

    private final PluginManager manager;

    PluginRuntime(PluginDirectory directory) {
        this.manager = new PanelPluginManager(directory.path());
    }

    /** Loads the jar into its own class loader; its dependencies must be loaded first. */
    synchronized ClassLoader load(Path jar, String id) {
        if (manager.getPlugin(id) != null) {
            manager.unloadPlugin(id);
        }
        manager.loadPlugin(jar);
        return manager.getPluginClassLoader(id);
    }

    /** Creates the plugin's {@code Plugin-Class}; it must implement {@link PanelPlugin}. */
    PanelPlugin instantiate(String id) {
        PluginWrapper wrapper = manager.getPlugin(id);
        String className = wrapper.getDescriptor().getPluginClass();
        try {
            Class<?> type = Class.forName(className, true, wrapper.getPluginClassLoader());
            if (!PanelPlugin.class.isAssignableFrom(type)) {
                throw new PluginRefusedException("plugin.problem.notPanelPlugin", id, className);
            }
            return (PanelPlugin) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PluginRefusedException("plugin.problem.pluginClass", id);
        }
    }

    synchronized void unload(String id) {
        if (manager.getPlugin(id) != null) {
            manager.unloadPlugin(id);
        }
    }

    /** Only the JDK and the plugin API; everything else a plugin needs must be in its own jar. */
    static final class ApiOnlyClassLoader extends ClassLoader {

        private static final String API_PACKAGE = "io.pteroca.plugin.";
        private final ClassLoader application;

        ApiOnlyClassLoader(ClassLoader application) {
            super("pteroca-plugin-api", ClassLoader.getPlatformClassLoader());
            this.application = application;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(API_PACKAGE)) {
                return application.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return getParent().getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("io/pteroca/plugin/") ? Collections.emptyEnumeration() : getParent().getResources(name);
        }
    }

    private static final class PanelPluginManager extends DefaultPluginManager {

        PanelPluginManager(Path root) {
            super(root);
        }

        @Override
        protected PluginLoader createPluginLoader() {
            ClassLoader apiOnly = new ApiOnlyClassLoader(PanelPlugin.class.getClassLoader());
            return new JarPluginLoader(this) {
                @Override
                public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                    // The parent (only the API) first, so a plugin cannot bring its own copy of the API's classes.
                    PluginClassLoader loader = new PluginClassLoader(pluginManager, descriptor, apiOnly, ClassLoadingStrategy.APD);
                    loader.addFile(pluginPath.toFile());
                    return loader;
                }
            };
        }
    }
}
