package io.clientela.core.demo;

import io.clientela.core.FaultException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The files of the demo company in import order (products and campaigns before the rows that name
 * them, opportunities before their activities), each with its entity, its columns (JSON Lines: the
 * keys its objects may have) and its mapping, a resource under {@code mappings/}.
 */
enum DemoFile {
    PRODUCTS("products.csv", "products", "sku,name,category,list_price,unit_cost,currency"),
    CUSTOMERS_SHOP("customers-shop.csv", "customers", "customer_id,name,first_name,last_name,email,phone,birth_date,gender,language,"
            + "country,region,city,latitude,longitude,acquisition_channel,acquired_at,consent_email,consent_sms,consent_tracking,updated_at"),
    CUSTOMERS_CRM("customers-crm.csv", "customers", "crm_id,full_name,email,phone,country,city,account_owner,segment,company,last_modified"),
    CAMPAIGNS("campaigns.csv", "campaigns", "campaign_id,name,channel,budget,currency,start,end"),
    ORDER_LINES("order-lines.csv", "order_lines", "order_id,line,ordered_at,customer_id,sku,product_name,category,quantity,unit_price,"
            + "currency,channel,store,region,country,status,returned_quantity"),
    EVENTS("events.jsonl", "events", "event_id,type,timestamp,user_id,user_email,anonymous_id,session_id,channel,page.url,page.referrer,"
            + "product_id,properties"),
    TICKETS("tickets.csv", "tickets", "ticket_id,requester_email,created,solved,category,channel,priority,warranty,cost,outcome,satisfaction"),
    FEEDBACK("feedback.jsonl", "feedback", "response_id,email,submitted,survey,touchpoint,channel,product,nps,csat,ces,ratings,comment,lang"),
    CAMPAIGN_CONTACTS("campaign-contacts.csv", "campaign_contacts", "campaign_id,customer_id,contacted_at,responded,responded_at,converted,revenue"),
    OPPORTUNITIES("opportunities.csv", "opportunities", "opportunity_id,account_id,name,stage,amount,currency,owner,created,expected_close,"
            + "closed,status"),
    ACTIVITIES("activities.csv", "activities", "activity_id,opportunity_id,account_id,type,outcome,occurred_at,owner"),
    SALES_TARGETS("sales-targets.csv", "sales_targets", "period,period_start,period_end,owner,region,target,currency");

    final String fileName;
    final String entity;
    private final String columns;

    DemoFile(String fileName, String entity, String columns) {
        this.fileName = fileName;
        this.entity = entity;
        this.columns = columns;
    }

    boolean jsonLines() {
        return fileName.endsWith(".jsonl");
    }

    /** The CSV header line, or null for JSON Lines. */
    String header() {
        return jsonLines() ? null : columns;
    }

    /** The columns (CSV) or keys, nested ones as {@code parent.child} (JSON Lines). */
    List<String> columns() {
        return List.of(columns.split(","));
    }

    /** The mapping's file name: the data file's with {@code .yaml}. */
    String mappingName() {
        return fileName.substring(0, fileName.lastIndexOf('.')) + ".yaml";
    }

    /** The mapping text, from {@code mappings/NAME.yaml} beside this class. */
    String mapping() {
        String resource = "mappings/" + mappingName();
        try (InputStream in = DemoFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FaultException("the demo mapping resource " + resource + " is missing from this build of Clientela; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FaultException("cannot read the demo mapping resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
