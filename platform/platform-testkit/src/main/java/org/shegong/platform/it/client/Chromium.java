package org.shegong.platform.it.client;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (installed by
 * infra/install-prerequisites.sh), signing in through Keycloak's real login pages. Selenium is
 * pointed at both binaries so it never tries to download a browser. Downloads land in a folder of
 * this browser's own.
 */
public final class Chromium implements AutoCloseable {

    /** A phone held upright (a common 6" Android screen in CSS pixels). */
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESK = new Dimension(1366, 900);

    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Whether a PrimeFaces overlay panel is shown and done with its opening transition. */
    private static final String OPENED = "var p = arguments[0]; return p.getClientRects().length > 0"
            + " && !p.classList.contains('ui-connected-overlay-enter')"
            + " && !p.classList.contains('ui-connected-overlay-enter-active')"
            + " && !(window.jQuery && jQuery(p).is(':animated'));";

    private final ChromeDriver driver;
    private final Path downloads;
    private final Path profile;

    public Chromium() throws IOException {
        this(DESK);
    }

    public Chromium(Dimension window) throws IOException {
        downloads = Files.createTempDirectory("shegong-downloads");
        profile = Files.createTempDirectory("shegong-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // Without the background-networking flags Chromium keeps dialling Google on this closed network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile,
                "--window-size=" + window.getWidth() + "," + window.getHeight());
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "zh-CN,zh,en"));
        // The console (script errors, failed requests) can be read by tests.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url}; on Keycloak's login form types the username and password (one or two steps). */
    public void signIn(URL url, String username, String password) {
        driver.get(url.toString());
        for (int step = 0; step < 3 && !driver.findElements(By.id("kc-form-login")).isEmpty(); step++) {
            List<WebElement> user = driver.findElements(By.id("username"));
            if (!user.isEmpty() && user.get(0).isDisplayed()) {
                user.get(0).clear();
                user.get(0).sendKeys(username);
            }
            List<WebElement> secret = driver.findElements(By.id("password"));
            boolean typedPassword = !secret.isEmpty() && secret.get(0).isDisplayed();
            if (typedPassword) {
                secret.get(0).sendKeys(password);
            }
            WebElement form = driver.findElement(By.id("kc-form-login"));
            driver.findElement(By.id("kc-login")).click();
            // The next look at the page must be at the page the click led to, not the one it left.
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(form));
            if (typedPassword) {
                break;
            }
        }
        settle();
    }

    /**
     * After {@link #signIn} with a temporary password: Keycloak asks for a new one (the update-password
     * form), as the person's first sign-in does. Types it twice and lands wherever the sign-in was going.
     */
    public void changeTemporaryPassword(String newPassword) {
        WebElement form = new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-passwd-update-form")));
        driver.findElement(By.id("password-new")).sendKeys(newPassword);
        driver.findElement(By.id("password-confirm")).sendKeys(newPassword);
        form.findElement(By.cssSelector("[type='submit']")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(form));
        settle();
    }

    /** Lays pages out at a phone's 390 px (a desktop window may not shrink below ~500 px). */
    public void asPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE.getWidth(),
                "height", PHONE.getHeight(), "deviceScaleFactor", 1, "mobile", true));
    }

    /** How many pixels the page scrolls sideways (0 when it fits the window). */
    public int sidewaysScroll() {
        Object sideways = driver.executeScript("const d = document.documentElement; return d.scrollWidth - d.clientWidth;");
        return ((Number) sideways).intValue();
    }

    public WebElement element(String id) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Clicks and waits until PrimeFaces' AJAX queue is empty again. */
    public void click(String id) {
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        element.click();
        settle();
    }

    /**
     * Whether the top of element {@code id} comes onto the screen (0 ≤ top < the window's height), as a
     * person sees a form they opened or the results of their search. Waits a moment: a page's scroll to
     * it may still be moving after the AJAX request has settled.
     */
    public boolean comesIntoView(String id) {
        return onScreen(element(id), "r.top >= 0 && r.top < window.innerHeight");
    }

    /** Whether {@code element} comes wholly onto the screen, top to bottom: a result a person can read, not a sliver of it. */
    public boolean comesWhollyIntoView(WebElement element) {
        return onScreen(element, "r.top >= 0 && r.bottom <= window.innerHeight");
    }

    private boolean onScreen(WebElement element, String test) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "var r = arguments[0].getBoundingClientRect(); return " + test + ";", element)));
            return true;
        } catch (TimeoutException elsewhere) {
            return false;
        }
    }

    /** Where the top of element {@code id} is, in pixels from the top of the window, and the window's height: for messages. */
    public String whereIs(String id) {
        return String.valueOf(driver.executeScript(
                "return Math.round(arguments[0].getBoundingClientRect().top) + ' px of ' + window.innerHeight;", element(id)));
    }

    public void type(String id, String text) {
        WebElement input = element(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses the option at {@code index} of a PrimeFaces selectOneMenu the way a person does: open it, click the item. */
    public void choose(String selectId, int index) {
        By items = By.cssSelector("[id='" + selectId + "_items'] li");
        By label = By.id(selectId + "_label");
        for (int attempt = 0; attempt < 3; attempt++) {
            // As a person does on a phone: the menu in the middle of the screen first, so its open
            // panel fits below it (scrolling the page to reach an item closes the panel).
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element(selectId));
            click(selectId);
            // The item wanted, once the panel has finished opening (a click while it slides in can miss).
            WebElement item = new WebDriverWait(driver, WAIT).withMessage(() -> "item " + index + " of " + selectId
                    + " among " + driver.findElements(items).stream().map(WebElement::getText).toList())
                    .until(d -> {
                        List<WebElement> all = d.findElements(items);
                        return all.size() > index && Boolean.TRUE.equals(driver.executeScript(OPENED, element(selectId + "_panel")))
                                ? all.get(index) : null;
                    });
            // Brought into view inside the panel's own list: if the browser scrolled the page to reach
            // it instead, PrimeFaces would close the panel on that scroll and the click would find nothing.
            driver.executeScript("var w = arguments[0].closest('.ui-selectonemenu-items-wrapper');"
                    + " if (w) { var r = arguments[0].getBoundingClientRect(), v = w.getBoundingClientRect();"
                    + " w.scrollTop += r.top - v.top - (v.height - r.height) / 2; }", item);
            String wanted = item.getText();
            try {
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(item)).click();
                settle();
                // The label says whether the click took.
                new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.textToBe(label, wanted));
                return;
            } catch (TimeoutException | ElementNotInteractableException | StaleElementReferenceException missed) {
                // ElementClickInterceptedException is an ElementNotInteractableException: all are a missed click.
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                settle();
            }
        }
        throw new AssertionError("could not choose item " + index + " of " + selectId);
    }

    /**
     * The page's text. A click that submits a whole form can be settled on the old page before the new
     * one replaces it; a body replaced while being read is read again from the new page.
     */
    public String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                settle();
                return driver.findElement(By.tagName("body")).getText();
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    public String source() {
        return driver.getPageSource();
    }

    /**
     * Waits for the page to finish loading, PrimeFaces' AJAX requests to complete and the page to stop
     * scrolling: a button that opens a form scrolls to it (PrimeFaces.scrollTo, an animation that goes on
     * after the request), and a click during that scroll lands on whatever passes under the pointer.
     */
    public void settle() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || (jQuery.active === 0"
                        + " && !jQuery('html, body').is(':animated')));")));
    }

    /** Waits for a download whose name ends with {@code suffix} to complete, and returns it. */
    public Path download(String suffix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no *" + suffix + " downloaded into " + downloads);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
