package vn.vusta.thidua.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import javax.xml.xpath.XPathFunctionResolver;
import javax.xml.xpath.XPathVariableResolver;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The JDK's XPath, except that node selections by child element names ({@code selectKey}, {@code /mapper/resultMap},
 * {@code select|insert|update|delete}: all MyBatis asks when it reads the engine's SQL mappings) walk the DOM directly.
 * The JDK wraps the whole document for every evaluation and walks it from the root up to the context node, so reading
 * Camunda's mappings cost seconds of every start-up. Anything else goes to the JDK's implementation.
 * Public with a public constructor: JAXP instantiates it by name ({@link MyBatisMappingParse}).
 */
public final class ChildPathXPathFactory extends XPathFactory {

    private final XPathFactory standard = XPathFactory.newDefaultInstance();

    public ChildPathXPathFactory() {
        // for JAXP's XPathFactory.newInstance()
    }

    @Override
    public boolean isObjectModelSupported(String objectModel) {
        return DEFAULT_OBJECT_MODEL_URI.equals(objectModel);
    }

    @Override
    public void setFeature(String name, boolean value) throws XPathFactoryConfigurationException {
        standard.setFeature(name, value);
    }

    @Override
    public boolean getFeature(String name) throws XPathFactoryConfigurationException {
        return standard.getFeature(name);
    }

    @Override
    public void setXPathVariableResolver(XPathVariableResolver resolver) {
        standard.setXPathVariableResolver(resolver);
    }

    @Override
    public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
        standard.setXPathFunctionResolver(resolver);
    }

    @Override
    public XPath newXPath() {
        return new ChildPathXPath(standard.newXPath());
    }

    /** Element names separated by {@code /} (absolute with a leading one), or alternatives separated by {@code |}. */
    static final class ChildPath {

        private static final String NAME = "[A-Za-z_][A-Za-z0-9_.-]*";
        private static final Pattern PATH = Pattern.compile("/?" + NAME + "(/" + NAME + ")*");
        private static final Pattern ALTERNATIVES = Pattern.compile(NAME + "(\\|" + NAME + ")+");

        private ChildPath() {
        }

        /** The selected nodes in document order, or null when the expression is not of this simple kind. */
        static List<Node> select(String expression, Node context) {
            String path = expression.strip();
            if (ALTERNATIVES.matcher(path).matches()) {
                return children(List.of(context), Set.copyOf(Arrays.asList(path.split("\\|"))));
            }
            if (!PATH.matcher(path).matches()) {
                return null;
            }
            List<Node> nodes = List.of(context);
            if (path.startsWith("/")) {
                Node root = root(context);
                if (root == null) {
                    return null;
                }
                nodes = List.of(root);
                path = path.substring(1);
            }
            for (String step : path.split("/")) {
                nodes = children(nodes, Set.of(step));
            }
            return nodes;
        }

        private static Node root(Node context) {
            Node node = context;
            while (node.getParentNode() != null) {
                node = node.getParentNode();
            }
            return node instanceof Document ? node : null;
        }

        private static List<Node> children(List<Node> parents, Set<String> names) {
            List<Node> selected = new ArrayList<>();
            for (Node parent : parents) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child.getNodeType() == Node.ELEMENT_NODE && child.getNamespaceURI() == null
                            && names.contains(child.getNodeName())) {
                        selected.add(child);
                    }
                }
            }
            return selected;
        }
    }

    private static final class Nodes implements NodeList {

        private final List<Node> nodes;

        Nodes(List<Node> nodes) {
            this.nodes = nodes;
        }

        @Override
        public Node item(int index) {
            return index >= 0 && index < nodes.size() ? nodes.get(index) : null;
        }

        @Override
        public int getLength() {
            return nodes.size();
        }
    }

    private static final class ChildPathXPath implements XPath {

        private final XPath standard;

        ChildPathXPath(XPath standard) {
            this.standard = standard;
        }

        @Override
        public Object evaluate(String expression, Object item, QName returnType) throws XPathExpressionException {
            boolean nodes = XPathConstants.NODESET.equals(returnType) || XPathConstants.NODE.equals(returnType);
            List<Node> selected = nodes && expression != null && item instanceof Node context
                    ? ChildPath.select(expression, context) : null;
            if (selected == null) {
                return standard.evaluate(expression, item, returnType);
            }
            if (XPathConstants.NODESET.equals(returnType)) {
                return new Nodes(selected);
            }
            return selected.isEmpty() ? null : selected.get(0);
        }

        @Override
        public void reset() {
            standard.reset();
        }

        @Override
        public void setXPathVariableResolver(XPathVariableResolver resolver) {
            standard.setXPathVariableResolver(resolver);
        }

        @Override
        public XPathVariableResolver getXPathVariableResolver() {
            return standard.getXPathVariableResolver();
        }

        @Override
        public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
            standard.setXPathFunctionResolver(resolver);
        }

        @Override
        public XPathFunctionResolver getXPathFunctionResolver() {
            return standard.getXPathFunctionResolver();
        }

        @Override
        public void setNamespaceContext(NamespaceContext context) {
            standard.setNamespaceContext(context);
        }

        @Override
        public NamespaceContext getNamespaceContext() {
            return standard.getNamespaceContext();
        }

        @Override
        public XPathExpression compile(String expression) throws XPathExpressionException {
            return standard.compile(expression);
        }

        @Override
        public String evaluate(String expression, Object item) throws XPathExpressionException {
            return standard.evaluate(expression, item);
        }

        @Override
        public Object evaluate(String expression, InputSource source, QName returnType) throws XPathExpressionException {
            return standard.evaluate(expression, source, returnType);
        }

        @Override
        public String evaluate(String expression, InputSource source) throws XPathExpressionException {
            return standard.evaluate(expression, source);
        }
    }
}
