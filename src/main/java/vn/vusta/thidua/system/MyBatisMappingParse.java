package vn.vusta.thidua.system;

import javax.xml.xpath.XPathFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * While the engine reads its MyBatis SQL mappings (between a plug-in's pre- and post-init), JAXP hands MyBatis
 * {@link ChildPathXPathFactory} instead of the JDK's XPath: about a second of CPU less per engine start on this machine's
 * two cores (docs/performance.md). A factory configured by the operator ({@code -Djavax.xml.xpath.XPathFactory:…}) is
 * left alone.
 */
@Component
class MyBatisMappingParse extends AbstractProcessEnginePlugin {

    static final String PROPERTY = XPathFactory.DEFAULT_PROPERTY_NAME + ":" + XPathFactory.DEFAULT_OBJECT_MODEL_URI;

    private boolean installed;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        synchronized (MyBatisMappingParse.class) {
            installed = System.getProperty(PROPERTY) == null;
            if (installed) {
                System.setProperty(PROPERTY, ChildPathXPathFactory.class.getName());
            }
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        synchronized (MyBatisMappingParse.class) {
            if (installed && ChildPathXPathFactory.class.getName().equals(System.getProperty(PROPERTY))) {
                System.clearProperty(PROPERTY);
            }
            installed = false;
        }
    }
}
