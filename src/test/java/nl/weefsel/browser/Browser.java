package nl.weefsel.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, started with the flags it needs on a machine without internet
 * (see ../shared/STACK.md): otherwise it hangs on background connections.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static ChromeDriver start(int width, int height) {
        return start(width, height, new ChromeOptions());
    }

    /**
     * A phone-sized browser: headless Chromium will not make a window narrower than 500 pixels, so
     * the phone's screen is emulated (CSS pixels, touch, a mobile viewport) inside a larger window.
     */
    static ChromeDriver startPhone(int width, int height) {
        var options = new ChromeOptions();
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        return start(Math.max(width, 500), height, options);
    }

    private static ChromeDriver start(int width, int height, ChromeOptions options) {
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + freshProfile(), "--window-size=" + width + "," + height);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Signs in through the real OIDC redirect flow with the demo provider's account of that name,
     * and waits until the application shows who is signed in.
     */
    static void signIn(WebDriver driver, String baseUrl, String account) {
        driver.get(baseUrl);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("demo-" + account))).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
        } catch (org.openqa.selenium.TimeoutException e) {
            if (driver instanceof org.openqa.selenium.TakesScreenshot camera) {
                try {
                    Files.copy(camera.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                            Path.of("target", "sign-in-failure-" + account + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException ignored) {
                    // the assertion below says enough
                }
            }
            String page = driver.getPageSource();
            throw new AssertionError("Not signed in as " + account + "; the browser is at " + driver.getCurrentUrl()
                    + " showing: " + (page == null ? "" : page.substring(0, Math.min(page.length(), 600))), e);
        }
    }

    /** Lets the browser save downloads, without asking, into a fresh folder under {@code target}. */
    static Path downloadsOf(ChromeDriver driver) {
        try {
            Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "downloads-");
            driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                    "downloadPath", folder.toAbsolutePath().toString()));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The downloaded file once the browser has finished writing it. */
    static Path downloaded(Path folder, String name) {
        Path file = folder.resolve(name);
        new org.openqa.selenium.support.ui.FluentWait<>(file).withTimeout(Vaadin.PATIENCE).pollingEvery(Duration.ofMillis(200))
                .until(f -> Files.isRegularFile(f) && f.toFile().length() > 0);
        return file;
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("weefsel-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
