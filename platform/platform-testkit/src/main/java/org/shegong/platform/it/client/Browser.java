package org.shegong.platform.it.client;

import java.io.IOException;
import java.net.URL;
import org.htmlunit.BrowserVersion;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.NicelyResynchronizingAjaxController;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.WebConnectionWrapper;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/** A browser (HtmlUnit, JavaScript on) that signs in through Keycloak's real login pages. */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient(BrowserVersion.FIREFOX);

    public Browser() {
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setRedirectEnabled(true);
        // PrimeFaces' AJAX calls complete before a click returns, so tests read the updated page.
        client.setAjaxController(new NicelyResynchronizingAjaxController());
        client.setWebConnection(new ResizeObserverShim(client));
    }

    /**
     * HtmlUnit has no {@code ResizeObserver}, which every browser people use has and PrimeFaces'
     * dialogs call when shown. Its core script gets a no-op stand-in appended, so a page with a
     * dialog runs with strict script errors on; layout is not what these tests check.
     * HtmlUnit's script engine cannot parse Chart.js either (ES2015 classes): it gets a no-op
     * {@code Chart}, so pages with a chart run too. Charts are drawn and checked in the Chromium tests.
     */
    private static final class ResizeObserverShim extends WebConnectionWrapper {

        private static final String SHIM = "\nif(!window.ResizeObserver){window.ResizeObserver=function(){"
                + "this.observe=function(){};this.unobserve=function(){};this.disconnect=function(){};};}\n";

        private static final String CHART_STAND_IN = "window.Chart=function(){this.destroy=function(){};"
                + "this.update=function(){};this.resize=function(){};};window.Chart.register=function(){};";

        ResizeObserverShim(WebClient client) {
            super(client);
        }

        @Override
        public WebResponse getResponse(WebRequest request) throws IOException {
            WebResponse response = super.getResponse(request);
            String url = request.getUrl().toString();
            boolean chart = url.contains("chart.js") && url.contains("ln=primefaces") && response.getStatusCode() == 200;
            if (chart || url.contains("core.js") && url.contains("ln=primefaces") && response.getStatusCode() == 200) {
                String script = chart ? CHART_STAND_IN : response.getContentAsString() + SHIM;
                return new org.htmlunit.StringWebResponse(script, request.getUrl()) {
                    @Override
                    public String getContentType() {
                        return "text/javascript";
                    }
                };
            }
            return response;
        }
    }


    public WebClient client() {
        return client;
    }

    public Page open(URL url) throws IOException {
        return client.getPage(url);
    }

    /**
     * Opens {@code url} and, on Keycloak's login form, types the username (first page) and the
     * password (second page, with Organizations on). Returns wherever the browser lands.
     */
    public Page signIn(URL url, String username, String password) throws IOException {
        Page page = client.getPage(url);
        for (int step = 0; step < 3 && isLoginForm(page); step++) {
            HtmlPage login = (HtmlPage) page;
            HtmlForm form = login.getFirstByXPath("//form[@id='kc-form-login']");
            HtmlInput user = login.getFirstByXPath("//input[@id='username']");
            if (user != null && !"hidden".equals(user.getTypeAttribute())) {
                user.setValue(username);
            }
            HtmlInput secret = login.getFirstByXPath("//input[@id='password']");
            if (secret != null) {
                secret.setValue(password);
            }
            HtmlElement submit = form.getFirstByXPath(".//*[@id='kc-login']");
            try {
                page = submit.click();
            } catch (FailingHttpStatusCodeException e) {
                return e.getResponse() == null ? page : client.getCurrentWindow().getEnclosedPage();
            }
            if (secret != null) {
                break;
            }
        }
        return page;
    }

    /** Signs out as a person does: the top bar's sign-out button, which posts its form (a GET is refused). */
    public static Page signOut(Page portalPage) throws IOException {
        return ((org.htmlunit.html.HtmlElement) ((HtmlPage) portalPage).getElementById("logout")).click();
    }

    public static boolean isLoginForm(Page page) {
        return page instanceof HtmlPage html && html.getFirstByXPath("//form[@id='kc-form-login']") != null;
    }

    @Override
    public void close() {
        client.close();
    }
}
