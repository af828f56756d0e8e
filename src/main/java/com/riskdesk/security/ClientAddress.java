package com.riskdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address a request comes from, for throttling, sessions and the audit. {@code X-Forwarded-For} is believed only
 * when the request arrives from one of the reverse proxies named in {@code app.trusted-proxies} (addresses or CIDR
 * blocks): then the right-most address that is not itself a trusted proxy is the client. Anyone else could write any
 * address into that header, so without trusted proxies it is ignored.
 */
@Component
class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<Block> proxies;

    ClientAddress(@Value("${app.trusted-proxies:}") List<String> trustedProxies) {
        this.proxies = trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty())
                .map(Block::parse).toList();
    }

    String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader(FORWARDED_FOR);
        if (forwarded == null || !trusted(address)) {
            return address;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            address = hops.get(i);
            if (!trusted(address)) {
                return address;
            }
        }
        return address;
    }

    private boolean trusted(String address) {
        if (proxies.isEmpty()) {
            return false;
        }
        byte[] bytes = Block.literal(address);
        return bytes != null && proxies.stream().anyMatch(block -> block.contains(bytes));
    }

    /** An address block such as {@code 10.0.0.0/8} or a single address. */
    private record Block(byte[] network, int prefix) {

        private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
        private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

        static Block parse(String text) {
            int slash = text.indexOf('/');
            byte[] network = literal(slash < 0 ? text : text.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("app.trusted-proxies: not an IP address or CIDR block: " + text);
            }
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** The bytes of an IP address literal; null for anything else (never a DNS look-up). */
        static byte[] literal(String text) {
            if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
                return null;
            }
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
