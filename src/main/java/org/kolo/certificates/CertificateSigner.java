package org.kolo.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Signs what a certificate says with Ed25519, so that an app without a connection can check a scanned QR code
 * against the public key published at {@code /api/certificates/signing-key}. The private key lives in a PKCS#8 PEM
 * file; when the file does not exist yet, a key is made and written there (readable by its owner only).
 */
@ApplicationScoped
public class CertificateSigner {

    private static final Logger LOG = Logger.getLogger(CertificateSigner.class);
    private static final Base64.Encoder URL_BASE64 = Base64.getUrlEncoder().withoutPadding();
    /** An Ed25519 public key's X.509 encoding is a fixed 12-byte header followed by the 32-byte key. */
    private static final int X509_HEADER = 12;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    @Inject
    public CertificateSigner(CertificateConfig config) {
        KeyPair pair = loadOrCreate(config.signingKeyFile());
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.keyId = CertificateIssuer.sha256(rawPublicKey()).substring(0, 8);
    }

    /** The base64url signature of the bytes. */
    public String sign(byte[] payload) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(payload);
            return URL_BASE64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The public key as a JSON Web Key (RFC 8037). */
    public SigningKey publicJwk() {
        return new SigningKey("OKP", "Ed25519", keyId, "sig", "EdDSA", URL_BASE64.encodeToString(rawPublicKey()));
    }

    /** A JSON Web Key for an Ed25519 public key. */
    public record SigningKey(String kty, String crv, String kid, String use, String alg, String x) {}

    private byte[] rawPublicKey() {
        byte[] encoded = publicKey.getEncoded();
        return Arrays.copyOfRange(encoded, X509_HEADER, encoded.length);
    }

    private static KeyPair loadOrCreate(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return read(Files.readString(keyFile, StandardCharsets.US_ASCII));
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            write(keyFile, pair);
            LOG.infof("Created a certificate signing key at %s: keep it with the backups", keyFile);
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the certificate signing key " + keyFile, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The certificate signing key " + keyFile
                            + " must hold an Ed25519 PRIVATE KEY and its PUBLIC KEY in PEM",
                    e);
        }
    }

    /** Java derives no public key from a private one, so the file keeps both. */
    private static KeyPair read(String pem) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(block(pem, "PRIVATE KEY")));
        PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(block(pem, "PUBLIC KEY")));
        return new KeyPair(publicKey, privateKey);
    }

    private static byte[] block(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        int start = pem.indexOf(begin);
        int end = pem.indexOf("-----END " + label + "-----");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no " + label + " block");
        }
        return Base64.getMimeDecoder()
                .decode(pem.substring(start + begin.length(), end).trim());
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    private static void write(Path keyFile, KeyPair pair) throws IOException {
        Path parent = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(
                parent,
                ".signing-key",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
                temporary,
                pem("PRIVATE KEY", pair.getPrivate().getEncoded())
                        + pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                StandardCharsets.US_ASCII);
        Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
    }
}
