package dev.pilothouse.web.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver (scripts/ensure-chromium.sh installs both). */
final class Browser implements AutoCloseable {

    private static Browser shared;

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String baseUrl;
    /** Who {@link #signIn} last signed in, with which password, and the session cookie it got (or null). */
    private String signedInAs;

    private String signedInWith;
    private String signedInSession;

    /** {@code extraArguments} go to Chromium after the usual ones (e.g. to accept a test certificate). */
    Browser(String baseUrl, String... extraArguments) {
        this.baseUrl = baseUrl;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,800");
        options.addArguments(extraArguments);
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 800));
        wait = new WebDriverWait(
                driver, Duration.ofSeconds(45)); // a hang guard: a loaded 2-core machine renders slowly
    }

    /**
     * The e2e classes' one Chromium against the shared console (starting one takes seconds on a loaded 2-core
     * machine): started on first use, quit when the JVM exits, and handed to each class with no cookies, no stored
     * data for the console's origin and a blank page, as a new one would be. Not for closing by its users.
     */
    static synchronized Browser shared(String baseUrl) {
        if (shared == null) {
            Browser started = new Browser(baseUrl);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "quit-shared-browser"));
            shared = started;
        } else if (!shared.baseUrl.equals(baseUrl)) {
            throw new IllegalStateException("the shared browser is for " + shared.baseUrl + ", not " + baseUrl);
        }
        shared.clear();
        return shared;
    }

    /** Signed out and on a blank page: every cookie and the console origin's storage gone. */
    private void clear() {
        signedInAs = null;
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        String origin = baseUrl.replaceAll("/$", "");
        driver.executeCdpCommand(
                "Storage.clearDataForOrigin", java.util.Map.of("origin", origin, "storageTypes", "all"));
        driver.manage().window().setSize(new Dimension(1280, 800));
        if (!driver.manage().getCookies().isEmpty()) {
            throw new IllegalStateException(
                    "cookies left in the shared browser: " + driver.manage().getCookies());
        }
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement await(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + System.currentTimeMillis());
            throw new AssertionError(
                    "not shown: " + by + " on " + driver.getCurrentUrl() + "\n"
                            + driver.getPageSource()
                                    .substring(
                                            0,
                                            Math.min(
                                                    3000, driver.getPageSource().length())),
                    e);
        }
    }

    /** Waits for {@code condition}; on timeout keeps a screenshot and the page text for the report. */
    void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition, String what) {
        try {
            wait.until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            String shot = "failed-" + System.currentTimeMillis();
            screenshot(shot);
            throw new AssertionError(
                    "timed out waiting for " + what + " (target/screenshots/" + shot + ".png) on "
                            + driver.getCurrentUrl() + ":\n" + pageText(),
                    e);
        }
    }

    /** An element inside the code editor (CodeMirror lives in the editor's shadow root). */
    WebElement inEditor(String css) {
        try {
            return wait.until(d -> {
                var found = d.findElement(By.id("editor")).getShadowRoot().findElements(By.cssSelector(css));
                return found.isEmpty() ? null : found.get(0);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            String shot = "failed-" + System.currentTimeMillis();
            screenshot(shot);
            throw new AssertionError("not in the editor: " + css + " (target/screenshots/" + shot + ".png)", e);
        }
    }

    /**
     * Signs {@code user} in and lands on the start page. When this browser still holds the session its last sign-in
     * made, for the same user and password, the start page is opened in that session instead (a sign-in costs three
     * page loads on a loaded machine); a session the console ended, or any other cookie, means a real sign-in.
     */
    void signIn(String user, String password) {
        if (user.equals(signedInAs) && password.equals(signedInWith) && signedInSession.equals(sessionCookie())) {
            open("");
            if (!driver.getCurrentUrl().contains("login")) {
                await(By.id("sign-out"));
                return;
            }
        }
        signedInAs = null;
        driver.manage().deleteAllCookies();
        open("login");
        await(By.cssSelector("input[name='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        await(By.id("sign-out"));
        signedInSession = sessionCookie();
        signedInWith = password;
        signedInAs = signedInSession == null ? null : user;
    }

    private String sessionCookie() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) {
        try {
            Path dir = WebFixture.TARGET.resolve("screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
