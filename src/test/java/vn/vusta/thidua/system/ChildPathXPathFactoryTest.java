package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.mapping.Discriminator;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChildPathXPathFactoryTest {

    private static final String XML = """
            <?xml version="1.0"?>
            <mapper namespace="m">
              <resultMap id="r1"><id property="id" column="ID_"/></resultMap>
              <select id="s1">SELECT 1 <include refid="x"/><selectKey keyProperty="k">CALL NEXT</selectKey></select>
              <!-- a comment -->
              <insert id="i1">INSERT <selectKey keyProperty="a"/> <selectKey keyProperty="b"/></insert>
              <update id="u1"><if test="x"><selectKey keyProperty="nested"/></if></update>
              <sql id="x">FROM T</sql>
              <delete id="d1"/>
              <resultMap id="r2"/>
              <other><select id="deep"/></other>
            </mapper>
            """;

    private final XPath jdk = XPathFactory.newDefaultInstance().newXPath();
    private final XPath ours = new ChildPathXPathFactory().newXPath();

    @Test
    void selectsTheSameNodesAsTheJdkForChildPathsAlternativesAndAbsolutePaths() throws Exception {
        Document document = parse(XML, false);
        List<String> expressions = List.of("/mapper", "/mapper/resultMap", "/mapper/sql", "/mapper/other/select",
                "select|insert|update|delete", "delete|select", "selectKey", "resultMap", "include", "missing",
                "/missing", "other/select", " selectKey ", "mapper", "/mapper/select/selectKey");
        List<Node> contexts = new ArrayList<>(List.of(document, document.getDocumentElement()));
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            contexts.add(all.item(i));
        }
        for (String expression : expressions) {
            for (Node context : contexts) {
                String what = expression + " at " + context.getNodeName();
                assertThat(nodes(ours, expression, context)).as(what).containsExactlyElementsOf(nodes(jdk, expression, context));
                assertThat(ours.evaluate(expression, context, XPathConstants.NODE)).as(what)
                        .isSameAs(jdk.evaluate(expression, context, XPathConstants.NODE));
            }
        }
        assertThat(nodes(ours, "select|insert|update|delete", document.getDocumentElement())).extracting(n -> n.getAttributes()
                .getNamedItem("id").getNodeValue()).containsExactly("s1", "i1", "u1", "d1");
    }

    @Test
    void everythingElseIsTheJdksAnswer() throws Exception {
        Document document = parse(XML, false);
        Node mapper = document.getDocumentElement();
        assertThat(ours.evaluate("count(select)", mapper, XPathConstants.NUMBER)).isEqualTo(1.0);
        assertThat(ours.evaluate("@namespace", mapper, XPathConstants.STRING)).isEqualTo("m");
        assertThat(nodes(ours, "//selectKey", mapper)).hasSize(4).containsExactlyElementsOf(nodes(jdk, "//selectKey", mapper));
        assertThat(nodes(ours, "*[@id='u1']", mapper)).containsExactlyElementsOf(nodes(jdk, "*[@id='u1']", mapper));
        assertThat(ours.evaluate("resultMap", mapper, XPathConstants.STRING)).isEqualTo(jdk.evaluate("resultMap", mapper, XPathConstants.STRING));
    }

    @Test
    void elementsInANamespaceAreNotMatchedByUnprefixedNamesAsInXPath() throws Exception {
        Document document = parse("<mapper xmlns=\"urn:x\"><select id=\"s\"/></mapper>", true);
        for (String expression : List.of("/mapper", "select", "select|insert")) {
            assertThat(nodes(ours, expression, document.getDocumentElement())).as(expression).isEmpty();
            assertThat(nodes(jdk, expression, document.getDocumentElement())).as(expression).isEmpty();
        }
    }

    @Test
    void thePluginHandsMyBatisTheFactoryOnlyWhileTheEngineInitialises() {
        MyBatisMappingParse plugin = new MyBatisMappingParse();
        assertThat(System.getProperty(MyBatisMappingParse.PROPERTY)).as("not left behind by the test engines").isNull();
        plugin.preInit(null);
        try {
            assertThat(XPathFactory.newInstance()).isInstanceOf(ChildPathXPathFactory.class);
        } finally {
            plugin.postInit(null);
        }
        assertThat(System.getProperty(MyBatisMappingParse.PROPERTY)).isNull();
        assertThat(XPathFactory.newInstance()).isNotInstanceOf(ChildPathXPathFactory.class);
    }

    @Test
    void camundasSqlMappingsReadTheSameWithEitherFactory() throws Exception {
        Map<String, String> standard = statements(null);
        Map<String, String> fast = statements(ChildPathXPathFactory.class.getName());
        assertThat(standard).hasSizeGreaterThan(500);
        Map<String, String> differences = new TreeMap<>();
        standard.forEach((key, value) -> {
            if (!value.equals(fast.get(key))) {
                differences.put(key, value + "  ≠  " + fast.get(key));
            }
        });
        fast.keySet().stream().filter(key -> !standard.containsKey(key)).forEach(key -> differences.put(key, "only with ours"));
        assertThat(differences).isEmpty();
    }

    private static Map<String, String> statements(String factory) throws Exception {
        String previous = System.getProperty(MyBatisMappingParse.PROPERTY);
        if (factory == null) {
            System.clearProperty(MyBatisMappingParse.PROPERTY);
        } else {
            System.setProperty(MyBatisMappingParse.PROPERTY, factory);
        }
        try (InputStream in = ProcessEngineConfigurationImpl.class.getClassLoader()
                .getResourceAsStream("org/camunda/bpm/engine/impl/mapping/mappings.xml")) {
            Properties properties = new Properties();
            ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, "", "h2");
            Configuration configuration = new XMLConfigBuilder(new InputStreamReader(in, StandardCharsets.UTF_8), "", properties).parse();
            Map<String, String> described = new TreeMap<>();
            for (Object o : configuration.getMappedStatements()) {
                if (o instanceof MappedStatement statement) {
                    described.put(statement.getId(), describe(statement));
                }
            }
            for (Object o : configuration.getResultMaps()) {
                if (o instanceof ResultMap map) {
                    described.put("resultMap " + map.getId(), map.getType() + " " + map.getResultMappings().stream()
                            .map(ChildPathXPathFactoryTest::describe).toList() + " " + describe(map.getDiscriminator()));
                }
            }
            return described;
        } finally {
            if (previous == null) {
                System.clearProperty(MyBatisMappingParse.PROPERTY);
            } else {
                System.setProperty(MyBatisMappingParse.PROPERTY, previous);
            }
        }
    }

    private static String describe(MappedStatement statement) {
        String sql = statement.getSqlSource() instanceof RawSqlSource raw ? raw.getBoundSql(null).getSql() : "";
        return String.join(" | ", statement.getSqlCommandType().name(), statement.getSqlSource().getClass().getSimpleName(),
                sql, String.valueOf(statement.getKeyGenerator().getClass().getSimpleName()),
                String.valueOf(statement.getResultMaps().stream().map(ResultMap::getId).toList()),
                String.valueOf(statement.getParameterMap().getId()));
    }

    private static String describe(Discriminator discriminator) {
        return discriminator == null ? "" : describe(discriminator.getResultMapping()) + new TreeMap<>(discriminator.getDiscriminatorMap());
    }

    private static String describe(ResultMapping mapping) {
        return mapping.getProperty() + "=" + mapping.getColumn() + ":" + mapping.getJavaType().getSimpleName()
                + (mapping.getNestedResultMapId() == null ? "" : "->" + mapping.getNestedResultMapId());
    }

    private static List<Node> nodes(XPath xpath, String expression, Node context) throws Exception {
        NodeList list = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            nodes.add(list.item(i));
        }
        return nodes;
    }

    private static Document parse(String xml, boolean namespaces) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(namespaces);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml.strip())));
    }
}
