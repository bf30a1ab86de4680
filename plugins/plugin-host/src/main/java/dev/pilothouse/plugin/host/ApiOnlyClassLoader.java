package dev.pilothouse.plugin.host;

/**
 * The parent of every plugin jar's class loader: it shows the plugin the JDK and the plugin API, nothing else of
 * the console's class path, so a plugin cannot reach (or clash with) Pilothouse internals or its libraries.
 */
final class ApiOnlyClassLoader extends ClassLoader {

    private static final String API_PACKAGE = "dev.pilothouse.plugin.api.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader api;

    ApiOnlyClassLoader(ClassLoader api) {
        super("pilothouse-plugin-api", ClassLoader.getPlatformClassLoader());
        this.api = api;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.startsWith(API_PACKAGE)) {
            return api.loadClass(name);
        }
        throw new ClassNotFoundException(name + " is neither in the JDK nor in the plugin API; a plugin jar must"
                + " bundle the libraries it uses");
    }
}
