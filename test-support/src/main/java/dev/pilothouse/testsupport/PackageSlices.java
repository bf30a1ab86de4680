package dev.pilothouse.testsupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * One slice per package of a module, its root package included: {@code slices().matching("root.(**)")} leaves the
 * root out, and with it every cycle between the root and a sub-package.
 */
final class PackageSlices implements SliceAssignment {

    private final String rootPackage;

    PackageSlices(String rootPackage) {
        this.rootPackage = rootPackage;
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals(rootPackage) || name.startsWith(rootPackage + ".")) {
            return SliceIdentifier.of(name);
        }
        return SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
        return "packages of " + rootPackage;
    }
}
