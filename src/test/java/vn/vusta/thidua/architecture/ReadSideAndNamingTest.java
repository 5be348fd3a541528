package vn.vusta.thidua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What the root {@code package-info} promises beyond the layering: {@code documents} and {@code overview} read the
 * phases through their public read methods, never their tables; repositories follow one naming convention.
 */
class ReadSideAndNamingTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.vusta.thidua");

    private static final String[] JDBC = {"org.springframework.jdbc..", "java.sql..", "javax.sql..",
            "jakarta.persistence.."};

    /** The only table {@code documents} owns (V9); {@code overview} owns none. */
    private static final Set<String> OWN_TABLES = Set.of("generated_document");

    /** SQL naming a table: FROM, JOIN, INTO, UPDATE followed by the table's name. */
    private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void theOverviewTouchesNoTable() {
        noClasses().that().resideInAPackage("vn.vusta.thidua.overview..")
                .should().dependOnClassesThat().resideInAnyPackage(JDBC)
                .because("the overview reads the phases through their public read methods, never their tables")
                .check(PRODUCT);
    }

    @Test
    void onlyTheStoreOfGeneratedDocumentsTouchesATableInDocuments() {
        noClasses().that().resideInAPackage("vn.vusta.thidua.documents..")
                .and().doNotHaveFullyQualifiedName("vn.vusta.thidua.documents.GeneratedDocuments")
                .should().dependOnClassesThat().resideInAnyPackage(JDBC)
                .because("documents read the phases through their public read methods, never their tables")
                .check(PRODUCT);
    }

    /** ArchUnit sees no SQL text: the sources of documents and overview name no table but their own. */
    @Test
    void documentsAndOverviewNameNoOtherPackagesTable() throws IOException {
        Map<String, Set<String>> foreign = new TreeMap<>();
        for (String feature : new String[] {"documents", "overview"}) {
            try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/vusta/thidua", feature))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher table = TABLE.matcher(withoutComments(Files.readString(source)));
                    while (table.find()) {
                        if (isSql(table.group()) && !OWN_TABLES.contains(table.group(1).toLowerCase())) {
                            foreign.computeIfAbsent(source.toString(), s -> new TreeSet<>()).add(table.group(1));
                        }
                    }
                }
            }
        }
        assertThat(foreign).as("tables of other packages named in SQL of documents and overview").isEmpty();
    }

    /**
     * One naming convention for repositories (root package-info): the plural of what they store or a domain word,
     * never a technical suffix.
     */
    @Test
    void repositoriesAreNamedAfterWhatTheyStore() {
        noClasses().that().resideInAPackage("vn.vusta.thidua..")
                .should().haveSimpleNameEndingWith("Repository")
                .orShould().haveSimpleNameEndingWith("Store")
                .orShould().haveSimpleNameEndingWith("Dao")
                .orShould().haveSimpleNameEndingWith("DAO")
                .because("repositories are named the plural of what they store, or a domain word (package-info)")
                .check(PRODUCT);
    }

    /** Upper-case SQL keywords only: "from" in a Vietnamese or English text is not a query. */
    private static boolean isSql(String match) {
        String keyword = match.split("\\s+")[0];
        return keyword.equals(keyword.toUpperCase());
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
