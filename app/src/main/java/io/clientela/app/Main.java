package io.clientela.app;

public final class Main {
    public static void main(String[] args) {
        System.out.println("clientela");
    }
}
