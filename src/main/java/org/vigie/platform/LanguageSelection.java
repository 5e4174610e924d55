package org.vigie.platform;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/** Every new page opens in the chosen language (the {@code lang} parameter or cookie), French by default. */
@Component
class LanguageSelection implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Language language = request instanceof VaadinServletRequest servlet
                    ? Language.of(servlet.getHttpServletRequest()) : Language.FR;
            init.getUI().setLocale(language.locale());
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", language.code());
            if (init.getUI().getSession() != null) {
                init.getUI().getSession().setLocale(language.locale());
            }
        });
    }
}
